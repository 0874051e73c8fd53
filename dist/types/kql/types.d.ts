/**
 * Values, columns and tables as the engine represents them.
 *
 * Runtime representation of each Kusto scalar type:
 * - `bool`: `true`, `false` or `null`.
 * - `int`, `long`: a JS `number` holding an integer; a `long` outside
 *   ±2^53 is a `bigint` so that it prints exactly.
 * - `real`: a JS `number` (NaN and ±Infinity allowed).
 * - `decimal`: a JS `number`.
 * - `string`: a JS `string`. Kusto strings are never null: a missing string
 *   is the empty string.
 * - `datetime`: a `number` of 100-nanosecond ticks since
 *   {@link DATETIME_EPOCH_MS} (see there), or `null`.
 * - `timespan`: a `number` of 100-nanosecond ticks, or `null`.
 * - `guid`: a lowercase `string`, or `null`.
 * - `dynamic`: a plain JSON value (`null`, boolean, number, string, array,
 *   object).
 */
export type KustoType = "bool" | "int" | "long" | "real" | "decimal" | "string" | "datetime" | "timespan" | "guid" | "dynamic";
export declare const KUSTO_TYPES: readonly KustoType[];
export type Value = null | boolean | number | bigint | string | readonly Value[] | {
    readonly [key: string]: Value;
};
export interface Column {
    readonly name: string;
    readonly type: KustoType;
}
/** A table: its columns, and rows as arrays in column order. */
export interface Table {
    readonly columns: readonly Column[];
    readonly rows: readonly (readonly Value[])[];
}
/** Ticks (100 ns) per millisecond. */
export declare const TICKS_PER_MS = 10000;
export declare const TICKS_PER_SECOND = 10000000;
export declare const TICKS_PER_DAY = 864000000000;
/**
 * Datetimes count ticks from 2020-01-01T00:00:00Z rather than from the Unix
 * epoch so that a double represents every tick exactly from about 1991 to 2048
 * (±2^53 ticks). Outside that span they keep about 200 ns precision.
 */
export declare const DATETIME_EPOCH_MS: number;
/**
 * Parses an ISO 8601 datetime (`2026-04-20`, `2026-04-20T08:10:00Z`,
 * fractions down to 100 ns, an optional offset) into ticks, or returns
 * `null` when the text is not one. A value without an offset is UTC.
 */
export declare function parseDatetime(text: string): number | null;
/**
 * Tells whether the fields name a real date and time of the datetime range
 * (years 1 to 9999): February 29 only in leap years, no hour 24, no leap
 * second.
 */
export declare function isValidDateTime(year: number, month: number, day: number, hour?: number, minute?: number, second?: number): boolean;
/**
 * Returns the milliseconds from the Unix epoch to a UTC date and time,
 * like `Date.UTC`, except that years 0 to 99 count as written: `Date.UTC`
 * reads them as 1900 to 1999. Fields out of range roll over, as there.
 */
export declare function utcMilliseconds(year: number, monthIndex: number, day: number, hour?: number, minute?: number, second?: number, millisecond?: number): number;
/** Converts a JS `Date` (millisecond precision) to datetime ticks. */
export declare function datetimeFromDate(date: Date): number;
/** Converts datetime ticks to a JS `Date`, dropping sub-millisecond ticks. */
export declare function datetimeToDate(ticks: number): Date;
/**
 * Formats datetime ticks as `2026-04-20T08:10:00Z`, with a fraction of up to
 * seven digits only when it is not zero (trailing zeros dropped).
 */
export declare function formatDatetime(ticks: number): string;
/** Parses `[-][d.]hh:mm[:ss[.fffffff]]` into ticks, or returns `null`. */
export declare function parseTimespan(text: string): number | null;
/** Formats ticks as `[-][d.]hh:mm:ss[.fffffff]`, Kusto's timespan text. */
export declare function formatTimespan(ticks: number): string;
