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
export type KustoType =
  | "bool"
  | "int"
  | "long"
  | "real"
  | "decimal"
  | "string"
  | "datetime"
  | "timespan"
  | "guid"
  | "dynamic";

export const KUSTO_TYPES: readonly KustoType[] = [
  "bool",
  "int",
  "long",
  "real",
  "decimal",
  "string",
  "datetime",
  "timespan",
  "guid",
  "dynamic",
];

export type Value =
  | null
  | boolean
  | number
  | bigint
  | string
  | readonly Value[]
  | { readonly [key: string]: Value };

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
export const TICKS_PER_MS = 10_000;
export const TICKS_PER_SECOND = 10_000_000;
export const TICKS_PER_DAY = 864_000_000_000;

/**
 * Datetimes count ticks from 2020-01-01T00:00:00Z rather than from the Unix
 * epoch so that a double represents every tick exactly from about 1991 to 2048
 * (±2^53 ticks). Outside that span they keep about 200 ns precision.
 */
export const DATETIME_EPOCH_MS = Date.UTC(2020, 0, 1);

const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an ISO 8601 datetime (`2026-04-20`, `2026-04-20T08:10:00Z`,
 * fractions down to 100 ns, an optional offset) into ticks, or returns
 * `null` when the text is not one. A value without an offset is UTC.
 */
export function parseDatetime(text: string): number | null {
  const match = ISO_DATETIME.exec(text.trim());
  if (!match) return null;

  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = match;
  if (!isValidDateTime(+y, +mo, +d, +h, +mi, +s)) return null;
  const ms = utcMilliseconds(+y, +mo - 1, +d, +h, +mi, +s);

  const subTicks = Number((fraction + "0000000").slice(0, 7));
  return (ms - DATETIME_EPOCH_MS) * TICKS_PER_MS + subTicks - zoneTicks(zone);
}

/**
 * Tells whether the fields name a real date and time of the datetime range
 * (years 1 to 9999): February 29 only in leap years, no hour 24, no leap
 * second.
 */
export function isValidDateTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  return hour <= 23 && minute <= 59 && second <= 59;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : 28;
}

function zoneTicks(zone: string | undefined): number {
  if (!zone || zone === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return sign * minutes * 60 * TICKS_PER_SECOND;
}

/**
 * Returns the milliseconds from the Unix epoch to a UTC date and time,
 * like `Date.UTC`, except that years 0 to 99 count as written: `Date.UTC`
 * reads them as 1900 to 1999. Fields out of range roll over, as there.
 */
export function utcMilliseconds(
  year: number,
  monthIndex: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

/** Converts a JS `Date` (millisecond precision) to datetime ticks. */
export function datetimeFromDate(date: Date): number {
  return (date.getTime() - DATETIME_EPOCH_MS) * TICKS_PER_MS;
}

/** Converts datetime ticks to a JS `Date`, dropping sub-millisecond ticks. */
export function datetimeToDate(ticks: number): Date {
  return new Date(DATETIME_EPOCH_MS + Math.floor(ticks / TICKS_PER_MS));
}

/**
 * Formats datetime ticks as `2026-04-20T08:10:00Z`, with a fraction of up to
 * seven digits only when it is not zero (trailing zeros dropped).
 */
export function formatDatetime(ticks: number): string {
  const msTicks = Math.floor(ticks / TICKS_PER_MS) * TICKS_PER_MS;
  const seconds = Math.floor(ticks / TICKS_PER_SECOND) * TICKS_PER_SECOND;
  const iso = datetimeToDate(msTicks).toISOString().slice(0, 19);
  const fraction = ticks - seconds;
  if (fraction === 0) return `${iso}Z`;

  const digits = String(fraction).padStart(7, "0").replace(/0+$/, "");
  return `${iso}.${digits}Z`;
}

const TIMESPAN_TEXT = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** Parses `[-][d.]hh:mm[:ss[.fffffff]]` into ticks, or returns `null`. */
export function parseTimespan(text: string): number | null {
  const match = TIMESPAN_TEXT.exec(text.trim());
  if (!match) return null;

  const [, minus, days = "0", h, m, s = "0", fraction = ""] = match;
  const ticks =
    ((+days * 24 + +h) * 60 + +m) * 60 * TICKS_PER_SECOND +
    +s * TICKS_PER_SECOND +
    Number((fraction + "0000000").slice(0, 7));
  return minus ? -ticks : ticks;
}

/** Formats ticks as `[-][d.]hh:mm:ss[.fffffff]`, Kusto's timespan text. */
export function formatTimespan(ticks: number): string {
  const sign = ticks < 0 ? "-" : "";
  let rest = Math.abs(ticks);
  const days = Math.floor(rest / TICKS_PER_DAY);
  rest -= days * TICKS_PER_DAY;

  const hours = Math.floor(rest / (3600 * TICKS_PER_SECOND));
  rest -= hours * 3600 * TICKS_PER_SECOND;
  const minutes = Math.floor(rest / (60 * TICKS_PER_SECOND));
  rest -= minutes * 60 * TICKS_PER_SECOND;
  const seconds = Math.floor(rest / TICKS_PER_SECOND);
  const fraction = rest - seconds * TICKS_PER_SECOND;

  const two = (n: number) => String(n).padStart(2, "0");
  const dayPart = days > 0 ? `${days}.` : "";
  const fractionPart = fraction > 0 ? `.${String(fraction).padStart(7, "0")}` : "";
  return `${sign}${dayPart}${two(hours)}:${two(minutes)}:${two(seconds)}${fractionPart}`;
}
