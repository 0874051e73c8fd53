import type { KustoType, Value } from "../types.js";
import { canonicalJson } from "./dynamic.js";
import { compareLongs } from "./long.js";
import { convertValue } from "./convert.js";

const NUMERIC: ReadonlySet<KustoType> = new Set(["int", "long", "real", "decimal"]);

export function isNumericType(type: KustoType): boolean {
  return NUMERIC.has(type);
}

/**
 * Compares two non-null values of possibly different types, as KQL's
 * comparison operators do. Returns a negative number, zero or a positive
 * number, or NaN when the values do not compare (a real NaN, or values of
 * unrelated kinds), so that every comparison on the result is false.
 *
 * A dynamic operand is converted to the other operand's type first; two
 * dynamic operands compare as numbers, strings or booleans when both are
 * of that kind, and otherwise by their JSON text.
 */
export function compareNonNull(a: Value, aType: KustoType, b: Value, bType: KustoType): number {
  if (aType === "dynamic" && bType !== "dynamic") {
    return compareConverted(convertValue(a, "dynamic", bType), b, bType);
  }
  if (bType === "dynamic" && aType !== "dynamic") {
    return compareConverted(a, convertValue(b, "dynamic", aType), aType);
  }
  if (aType === "dynamic") return compareDynamic(a, b);
  if (isNumericType(aType) && isNumericType(bType)) return compareNumbers(a, b);
  if (aType !== bType && !isStringLike(aType, bType)) {
    return compareConverted(a, convertValue(b, bType, aType), aType);
  }
  return compareSameKind(a, b);
}

function isStringLike(aType: KustoType, bType: KustoType): boolean {
  const stringy = (type: KustoType) => type === "string" || type === "guid";
  return stringy(aType) && stringy(bType);
}

function compareConverted(a: Value, b: Value, type: KustoType): number {
  if (a === null || b === null) return NaN;
  return compareNonNull(a, type, b, type);
}

function compareNumbers(a: Value, b: Value): number {
  const integral = (v: Value) => typeof v === "bigint" || Number.isInteger(v);
  const exact = typeof a === "bigint" || typeof b === "bigint";
  if (exact && integral(a) && integral(b)) {
    return Math.sign(compareLongs(a as number | bigint, b as number | bigint));
  }
  return Number(a) - Number(b);
}

function compareSameKind(a: Value, b: Value): number {
  if (typeof a === "string" && typeof b === "string") {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === "boolean" && typeof b === "boolean") {
    return Number(a) - Number(b);
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  return NaN;
}

function compareDynamic(a: Value, b: Value): number {
  const numeric = (v: Value) => typeof v === "number" || typeof v === "bigint";
  if (numeric(a) && numeric(b)) return compareNumbers(a, b);
  if (typeof a === typeof b && typeof a !== "object") return compareSameKind(a, b);
  const textA = canonicalJson(a);
  const textB = canonicalJson(b);
  return textA === textB ? 0 : NaN;
}

/**
 * Orders two values of one column type for `sort`, `min`, `max` and
 * `top`: null before everything, NaN before every other real, strings by
 * ordinal (UTF-16 code unit) order, dynamic values by their JSON text when
 * they are not both numbers.
 */
export function compareValues(a: Value, b: Value, type: KustoType): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;

  const order = compareNonNull(a, type, b, type);
  if (!Number.isNaN(order)) return Math.sign(order);
  return compareFallback(a, b, type);
}

function compareFallback(a: Value, b: Value, type: KustoType): number {
  if (isNumericType(type)) {
    const nanA = Number.isNaN(a);
    const nanB = Number.isNaN(b);
    return nanA === nanB ? 0 : nanA ? -1 : 1;
  }
  const textA = canonicalJson(a);
  const textB = canonicalJson(b);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}

/** A primitive that identifies a value within one column type. */
export type GroupKey = string | number | bigint | boolean | null;

/**
 * Returns a key under which equal values of one type group together in a
 * `Map` (`summarize by`, `distinct`, `make_set`, `dcount`, join keys):
 * nulls group together, and dynamic property bags group by their members
 * whatever their key order.
 */
export function groupKey(value: Value, type: KustoType): GroupKey {
  if (value === null) return null;
  if (typeof value === "number") return value === 0 ? 0 : value;
  if (typeof value !== "object") return type === "dynamic" ? dynamicScalarKey(value) : value;
  return canonicalJson(value);
}

function dynamicScalarKey(value: string | bigint | boolean): GroupKey {
  return typeof value === "string" ? JSON.stringify(value) : value;
}

/**
 * Returns one string key for several values, such as the `by` columns of a
 * `summarize`. Keys of different rows are equal only when every value's
 * {@link groupKey} is equal.
 */
export function rowKey(values: readonly Value[], types: readonly KustoType[]): string {
  let key = "";
  for (let i = 0; i < values.length; i++) {
    key += encodeKey(groupKey(values[i], types[i])) + "|";
  }
  return key;
}

/**
 * Encodes one group key so that concatenated encodings stay unambiguous:
 * a string carries its length, which is cheaper than quoting it.
 */
function encodeKey(key: GroupKey): string {
  if (key === null) return "n";
  if (typeof key === "string") return `s${key.length}:${key}`;
  if (typeof key === "boolean") return key ? "t" : "f";
  return `d${key.toString()}`;
}
