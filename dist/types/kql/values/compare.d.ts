import type { KustoType, Value } from "../types.js";
export declare function isNumericType(type: KustoType): boolean;
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
export declare function compareNonNull(a: Value, aType: KustoType, b: Value, bType: KustoType): number;
/**
 * Orders two values of one column type for `sort`, `min`, `max` and
 * `top`: null before everything, NaN before every other real, strings by
 * ordinal (UTF-16 code unit) order, dynamic values by their JSON text when
 * they are not both numbers.
 */
export declare function compareValues(a: Value, b: Value, type: KustoType): number;
/** A primitive that identifies a value within one column type. */
export type GroupKey = string | number | bigint | boolean | null;
/**
 * Returns a key under which equal values of one type group together in a
 * `Map` (`summarize by`, `distinct`, `make_set`, `dcount`, join keys):
 * nulls group together, and dynamic property bags group by their members
 * whatever their key order.
 */
export declare function groupKey(value: Value, type: KustoType): GroupKey;
/**
 * Returns one string key for several values, such as the `by` columns of a
 * `summarize`. Keys of different rows are equal only when every value's
 * {@link groupKey} is equal.
 */
export declare function rowKey(values: readonly Value[], types: readonly KustoType[]): string;
