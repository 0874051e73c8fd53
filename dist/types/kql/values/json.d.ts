import { type KustoType, type Value } from "../types.js";
/** A JSON value that may hold bigints, for longs beyond ±2^53. */
export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | {
    [key: string]: JsonValue;
};
/**
 * Converts a value to its form in the query result JSON and reports: a
 * datetime as `2026-04-20T08:10:00Z` (fraction only when non-zero), a
 * timespan as `[-][d.]hh:mm:ss[.fffffff]`, a long as a number (a bigint
 * beyond ±2^53, which {@link stringifyJson} writes exactly), a decimal as a
 * string, the reals NaN and ±Infinity as `"NaN"`, `"Infinity"`,
 * `"-Infinity"`, and a dynamic value as plain JSON.
 */
export declare function valueToJson(value: Value, type: KustoType): JsonValue;
/**
 * Serializes JSON like `JSON.stringify`, but writes bigints as exact digits
 * so that longs beyond ±2^53 survive.
 */
export declare function stringifyJson(value: JsonValue, indent?: number): string;
