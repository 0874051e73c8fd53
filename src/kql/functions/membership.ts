/**
 * Set membership and ranges: `in`, `!in`, `in~`, `!in~`
 * (https://learn.microsoft.com/kusto/query/in-operator), `has_any`,
 * `has_all` and `between`, `!between`
 * (https://learn.microsoft.com/kusto/query/between-operator).
 *
 * The engine passes the `in` family `[left, ...items]`; an item that is a
 * dynamic array counts as its elements.
 */
import type { KustoType, Value } from "../types.js";
import { compareNonNull } from "../values/compare.js";
import { toKustoString } from "../values/to-string.js";
import { scalar, stringArg } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";
import { findTerm } from "./string-operators.js";

interface TypedValue {
  readonly value: Value;
  readonly type: KustoType;
}

function expandItems(args: readonly Value[], types: readonly KustoType[]): TypedValue[] {
  const items: TypedValue[] = [];
  for (let i = 1; i < args.length; i++) {
    const value = args[i];
    if (types[i] === "dynamic" && Array.isArray(value)) {
      for (const element of value) items.push({ value: element, type: "dynamic" });
    } else {
      items.push({ value, type: types[i] });
    }
  }
  return items;
}

/** Returns the items once when every one is a constant, else per row. */
function itemSource(site: CallSite): (args: readonly Value[]) => TypedValue[] {
  const rest = site.constants.slice(1);
  if (rest.length === 0 || rest.some((item) => item === undefined)) {
    return (args) => expandItems(args, site.argTypes);
  }
  const fixed = expandItems([null, ...(rest as Value[])], site.argTypes);
  return () => fixed;
}

function inExact(negate: boolean) {
  return (site: CallSite): ScalarImpl => {
    const leftType = site.argTypes[0];
    const items = itemSource(site);
    return (args) => {
      const left = args[0];
      if (left === null) return negate;
      const found = items(args).some(
        (item) => item.value !== null && compareNonNull(left, leftType, item.value, item.type) === 0,
      );
      return found !== negate;
    };
  };
}

function inIgnoringCase(negate: boolean) {
  return (site: CallSite): ScalarImpl => {
    const left = stringArg(site, 0);
    const items = itemSource(site);
    return (args) => {
      const needle = left(args[0]).toLowerCase();
      const found = items(args).some(
        (item) => item.value !== null && toKustoString(item.value, item.type).toLowerCase() === needle,
      );
      return found !== negate;
    };
  };
}

function hasTerms(every: boolean) {
  return (site: CallSite): ScalarImpl => {
    const source = stringArg(site, 0);
    const items = itemSource(site);
    return (args) => {
      const haystack = source(args[0]).toLowerCase();
      const terms = items(args).map((item) => toKustoString(item.value, item.type).toLowerCase());
      const test = (term: string) => findTerm(haystack, term, true, true);
      return every ? terms.every(test) : terms.some(test);
    };
  };
}

/**
 * `x between (low .. high)` includes both ends. For a datetime `x`, `high`
 * may be a timespan, meaning `low + high`.
 */
function between(negate: boolean) {
  return (site: CallSite): ScalarImpl => {
    const [type, lowType, highType] = site.argTypes;
    const highIsOffset = type === "datetime" && highType === "timespan";
    return ([x, low, high]) => {
      if (x === null || low === null || high === null) return null;
      const upper = highIsOffset ? (low as number) + (high as number) : high;
      const inside =
        compareNonNull(x, type, low, lowType) >= 0 &&
        compareNonNull(x, type, upper, highIsOffset ? "datetime" : highType) <= 0;
      return inside !== negate;
    };
  };
}

registerScalars(
  scalar("in", inExact(false)),
  scalar("!in", inExact(true)),
  scalar("in~", inIgnoringCase(false)),
  scalar("!in~", inIgnoringCase(true)),
  scalar("has_any", hasTerms(false)),
  scalar("has_all", hasTerms(true)),
  scalar("between", between(false)),
  scalar("!between", between(true)),
);
