import { type KustoType, type Value } from "../types.js";
/**
 * Ticks from 0001-01-01, where .NET and Kusto count datetime ticks, to
 * 2020-01-01, where this engine counts them (737424 days).
 */
export declare const TICKS_0001_TO_EPOCH: number;
/**
 * Converts a value of one Kusto type to another, as the `to*()` functions
 * do: `null` when the conversion fails.
 */
export declare function convertValue(value: Value, from: KustoType, to: KustoType): Value;
export declare function toLongValue(value: Value, from: KustoType): number | bigint | null;
export declare function toRealValue(value: Value, from: KustoType): number | null;
export declare function toBoolValue(value: Value, from: KustoType): boolean | null;
/**
 * Converts to a datetime. Text in ISO 8601 parses, and so do RFC 822 and
 * RFC 1123 dates with a month name and a zone (`Sat, 8 Nov 2014 15:05:02
 * GMT`). A long counts ticks from 0001-01-01, as `tolong(datetime)` gives.
 */
export declare function toDatetimeValue(value: Value, from: KustoType): number | null;
/**
 * Converts to a timespan: text as `[d.]hh:mm:ss[.fffffff]` or a literal
 * such as `1d`; a number counts ticks.
 */
export declare function toTimespanValue(value: Value, from: KustoType): number | null;
/**
 * Converts a typed value into a dynamic value: datetimes and timespans
 * become their text, as Kusto serializes them inside dynamic values.
 */
export declare function toDynamicValue(value: Value, from: KustoType): Value;
