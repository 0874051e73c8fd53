import { InputError } from "../../errors.js";
import type { KustoType, Value } from "../types.js";
import { toKustoString } from "../values/to-string.js";
import type { CallSite, ScalarFunction, ScalarImpl } from "./registry.js";

/** Defines a scalar function whose `compile` specialises per call site. */
export function scalar(
  name: string,
  compile: (site: CallSite) => ScalarImpl,
  aliases?: readonly string[],
): ScalarFunction {
  return { name, aliases, compile };
}

/** Defines a scalar function that needs nothing from its call site. */
export function plain(
  name: string,
  impl: ScalarImpl,
  aliases?: readonly string[],
): ScalarFunction {
  return { name, aliases, compile: () => impl };
}

/** Builds the error for an argument shape a function does not handle. */
export function unsupported(site: CallSite, detail: string): InputError {
  return new InputError(`${site.name}(): ${detail} is not supported`, {
    kind: "unsupported",
    hint: "rewrite the expression, or report the gap with the query that needs it",
  });
}

/** Returns a converter from argument `index`'s values to strings. */
export function stringArg(site: CallSite, index: number): (value: Value) => string {
  const type: KustoType = site.argTypes[index] ?? "string";
  if (type === "string") return (value) => (value === null ? "" : (value as string));
  if (type === "dynamic") {
    return (value) =>
      typeof value === "string" ? value : toKustoString(value, type);
  }
  return (value) => toKustoString(value, type);
}

/** Returns the constant value of argument `index`, or `undefined`. */
export function constantArg(site: CallSite, index: number): Value | undefined {
  return site.constants[index];
}

/**
 * Returns a function that caches `compute` per distinct input string, for
 * work such as JSON parsing that repeats over rows with the same text. The
 * cache is cleared when it reaches `limit` entries. When at most one
 * lookup in eight hits over a full cache's worth of lookups, as on
 * mostly unique texts, it computes directly for the next
 * `SKIPPED_LOOKUPS` calls and then tries caching again.
 */
export function cachePerString<T>(
  compute: (text: string) => T,
  limit = 1024,
): (text: string) => T {
  const cache = new Map<string, T>();
  let lookups = 0;
  let hits = 0;
  let skipped = 0;
  return (text) => {
    if (skipped > 0) {
      skipped--;
      return compute(text);
    }
    if (++lookups === limit) {
      if (hits * 8 <= lookups) skipped = SKIPPED_LOOKUPS;
      lookups = 0;
      hits = 0;
    }
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) {
      hits++;
      return hit as T;
    }
    if (cache.size >= limit) cache.clear();
    const result = compute(text);
    cache.set(text, result);
    return result;
  };
}

/** Calls a poorly hitting `cachePerString` makes before it tries again. */
const SKIPPED_LOOKUPS = 16_384;
