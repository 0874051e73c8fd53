import type { Value } from "../types.js";

/** A `dynamic` property bag. */
export type PropertyBag = { readonly [key: string]: Value };

export function isPropertyBag(value: Value): value is PropertyBag {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value)
  );
}

export function isDynamicArray(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

/**
 * Parses JSON text into a dynamic value, or returns `undefined` when the
 * text is not valid JSON. An integer beyond ±2^53 that fits in 64 bits
 * becomes a bigint, so that it keeps its digits as a Kusto `long` does.
 *
 * NOTE: a number written with a fraction but a whole value (`1.0`) becomes
 * a whole JS number, so `gettype` reports it as `long`, not `real`.
 */
export function parseJsonText(text: string): Value | undefined {
  try {
    if (!LONG_DIGITS.test(text)) return JSON.parse(text) as Value;
    return parseWithBigints(text);
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Sixteen digits in a row: the shortest text of an integer beyond 2^53. */
const LONG_DIGITS = /\d{16}/;

/** A JSON string, or an integer of 16 or more digits outside a string. */
const STRING_OR_LONG = /"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])-?\d{16,}(?![\d.eE])/g;

const BIGINT_MARKER = "\u0000long:";

/**
 * Parses JSON whose text has long digit runs: each long integer literal
 * becomes a marked string first, so `JSON.parse` keeps its digits, and the
 * reviver turns it into a long.
 */
function parseWithBigints(text: string): Value {
  const marked = text.replace(STRING_OR_LONG, (token) =>
    token.startsWith('"') ? token : `"\\u0000long:${token}"`,
  );
  return JSON.parse(marked, (_key, value: unknown) => {
    if (typeof value !== "string" || !value.startsWith(BIGINT_MARKER)) {
      return value;
    }
    return longOfDigits(value.slice(BIGINT_MARKER.length));
  }) as Value;
}

/** Returns the digits as a long, or as a real when they exceed 64 bits. */
function longOfDigits(digits: string): number | bigint {
  const value = BigInt(digits);
  if (BigInt.asIntN(64, value) !== value) return Number(digits);
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : value;
}

/**
 * Serializes a dynamic value as compact JSON, the way Kusto prints dynamic
 * values (`{"a":1,"b":[true,null]}`). Bigints print as exact digits.
 */
export function stringifyDynamic(value: Value): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (Array.isArray(value)) return `[${value.map(stringifyDynamic).join(",")}]`;
  if (isPropertyBag(value)) {
    const members = Object.entries(value).map(
      ([key, member]) => `${JSON.stringify(key)}:${stringifyDynamic(member)}`,
    );
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Serializes a dynamic value with property-bag keys sorted, so that two
 * bags with the same members give the same text whatever their key order.
 */
export function canonicalJson(value: Value): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isPropertyBag(value)) {
    const keys = Object.keys(value).sort();
    const members = keys.map(
      (key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`,
    );
    return `{${members.join(",")}}`;
  }
  return stringifyDynamic(value);
}
