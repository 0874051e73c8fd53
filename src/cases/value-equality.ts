import { InputError } from "../errors.js";
import type { KustoType, Value } from "../kql/types.js";
import { canonicalJson, coerceValue, parseJsonText } from "../kql/values/index.js";

/**
 * Compares an expected value (as written in a case) with an actual one as
 * Kusto values of the column's type. So the YAML number 4 equals the long
 * 4, and the text `2026-04-20T08:10:00Z` equals that datetime. A map or
 * list given for a `string` column equals JSON text with the same members
 * in any key order. With no known type the two are compared as JSON. An
 * expected value the type cannot hold is not equal.
 */
export function valuesEqual(expected: unknown, actual: unknown, type?: KustoType): boolean {
  if (!type) return canonicalOf(expected) === canonicalOf(actual);
  if (type === "string" && isJsonContainer(expected)) {
    const parsed = typeof actual === "string" ? parseJsonText(actual) : actual;
    return parsed !== undefined && canonicalOf(expected) === canonicalOf(parsed);
  }

  const left = tryCoerce(expected, type);
  const right = tryCoerce(actual, type);
  if (left === undefined || right === undefined) return false;
  return sameValue(left, right, type);
}

function sameValue(left: Value, right: Value, type: KustoType): boolean {
  if (type === "dynamic") return canonicalJson(left) === canonicalJson(right);
  if (typeof left === "number" && typeof right === "number") {
    return left === right || (Number.isNaN(left) && Number.isNaN(right));
  }
  if (typeof left === "bigint" || typeof right === "bigint") {
    return String(left) === String(right);
  }
  return left === right;
}

function tryCoerce(raw: unknown, type: KustoType): Value | undefined {
  try {
    return coerceValue(raw, type);
  } catch (error: unknown) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** Canonical JSON of any plain value, with bigints as their digits. */
export function canonicalOf(value: unknown): string {
  const coerced = tryCoerce(value, "dynamic");
  return coerced === undefined ? String(value) : canonicalJson(coerced);
}

function isJsonContainer(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}
