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
 * text is not valid JSON.
 *
 * NOTE: integers beyond ±2^53 inside JSON text lose precision, because the
 * text is parsed into JS numbers.
 */
export function parseJsonText(text: string): Value | undefined {
  try {
    return JSON.parse(text) as Value;
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
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
