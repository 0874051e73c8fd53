import {
  formatDatetime,
  formatTimespan,
  parseDatetime,
  utcMilliseconds,
  DATETIME_EPOCH_MS,
  TICKS_PER_DAY,
  TICKS_PER_MS,
  type KustoType,
  type Value,
} from "../types.js";
import { normalizeLong, parseLong } from "./long.js";
import { parseNamedDate } from "./named-date.js";
import { parseReal } from "./real.js";
import { parseBool, parseGuid, parseTimespanText } from "./text-parsers.js";
import { toKustoString } from "./to-string.js";

/**
 * Ticks from 0001-01-01, where .NET and Kusto count datetime ticks, to
 * 2020-01-01, where this engine counts them (737424 days).
 */
export const TICKS_0001_TO_EPOCH = 737_424 * TICKS_PER_DAY;

const BIG_TICKS_0001_TO_EPOCH = BigInt(737_424) * BigInt(TICKS_PER_DAY);

/**
 * Converts a value of one Kusto type to another, as the `to*()` functions
 * do: `null` when the conversion fails.
 */
export function convertValue(value: Value, from: KustoType, to: KustoType): Value {
  if (value === null) return to === "string" ? "" : null;
  if (from === to) return value;

  switch (to) {
    case "string":
      return toKustoString(value, from);
    case "long":
      return toLongValue(value, from);
    case "int":
      return toIntValue(value, from);
    case "real":
    case "decimal":
      return toRealValue(value, from);
    case "bool":
      return toBoolValue(value, from);
    case "datetime":
      return toDatetimeValue(value, from);
    case "timespan":
      return toTimespanValue(value, from);
    case "guid":
      return toGuidValue(value, from);
    case "dynamic":
      return toDynamicValue(value, from);
  }
}

/** Truncates toward zero; `null` for NaN, ±Infinity and beyond 64 bits. */
function realToLong(real: number): number | bigint | null {
  if (!Number.isFinite(real)) return null;
  const truncated = Math.trunc(real);
  if (Number.isSafeInteger(truncated)) return truncated;
  if (Math.abs(truncated) >= 2 ** 63) return null;
  return normalizeLong(BigInt(truncated));
}

export function toLongValue(value: Value, from: KustoType): number | bigint | null {
  if (value === null) return null;
  switch (from) {
    case "int":
    case "long":
      return value as number | bigint;
    case "real":
    case "decimal":
      return realToLong(value as number);
    case "bool":
      return value ? 1 : 0;
    case "datetime":
      return normalizeLong(BigInt(value as number) + BIG_TICKS_0001_TO_EPOCH);
    case "timespan":
      return value as number;
    case "string":
    case "guid":
      return parseLongText(value as string);
    case "dynamic":
      return dynamicToLong(value);
  }
}

function parseLongText(text: string): number | bigint | null {
  const exact = parseLong(text);
  if (exact !== null) return exact;
  const real = parseReal(text);
  return real === null ? null : realToLong(real);
}

function dynamicToLong(value: Value): number | bigint | null {
  if (typeof value === "number") return realToLong(value);
  if (typeof value === "bigint") return normalizeLong(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return parseLongText(value);
  return null;
}

/** Converts to `int`: a long outside 32 bits wraps around, as in .NET. */
function toIntValue(value: Value, from: KustoType): number | null {
  const long = toLongValue(value, from);
  if (long === null) return null;
  return Number(BigInt.asIntN(32, BigInt(long)));
}

export function toRealValue(value: Value, from: KustoType): number | null {
  if (value === null) return null;
  switch (from) {
    case "int":
    case "long":
    case "real":
    case "decimal":
    case "timespan":
      return Number(value);
    case "bool":
      return value ? 1 : 0;
    case "datetime":
      return (value as number) + TICKS_0001_TO_EPOCH;
    case "string":
    case "guid":
      return parseReal(value as string);
    case "dynamic":
      return dynamicToReal(value);
  }
}

function dynamicToReal(value: Value): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return parseReal(value);
  return null;
}

export function toBoolValue(value: Value, from: KustoType): boolean | null {
  if (value === null) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    if (from !== "string" && from !== "dynamic") return null;
    return parseBool(value) ?? parseNumericBool(value);
  }
  if (typeof value === "number" || typeof value === "bigint") {
    return from === "datetime" ? null : Number(value) !== 0;
  }
  return null;
}

function parseNumericBool(text: string): boolean | null {
  const number = parseReal(text);
  return number === null ? null : number !== 0;
}

const NAMED_DATE_TEXT = /[a-z]{3}/i;

/**
 * Converts to a datetime. Text in ISO 8601 parses, and so do RFC 822 and
 * RFC 1123 dates with a month name and a zone (`Sat, 8 Nov 2014 15:05:02
 * GMT`). A long counts ticks from 0001-01-01, as `tolong(datetime)` gives.
 */
export function toDatetimeValue(value: Value, from: KustoType): number | null {
  if (value === null) return null;
  if (typeof value === "string") return parseDatetimeText(value);
  if (from === "long" || from === "int") {
    return Number(BigInt(value as number | bigint) - BIG_TICKS_0001_TO_EPOCH);
  }
  return null;
}

function parseDatetimeText(text: string): number | null {
  const iso = parseDatetime(text);
  if (iso !== null) return iso;
  const us = parseUsDatetime(text);
  if (us !== null) return us;
  if (!NAMED_DATE_TEXT.test(text)) return null;

  const ms = parseNamedDate(text);
  return Number.isNaN(ms) ? null : (ms - DATETIME_EPOCH_MS) * TICKS_PER_MS;
}

const US_DATETIME_TEXT =
  /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;

/**
 * Parses `MM/dd/yyyy [HH:mm[:ss[.fffffff]]]` as UTC, or the same with `-`
 * between the date parts, as the todatetime page's `12-02-2022` example.
 *
 * NOTE: the datetime page lists only ISO 8601 and RFC forms; this one is
 * accepted because the parse page's first example converts
 * `02/17/2016 08:40:01` to 2016-02-17T08:40:01Z
 * (https://learn.microsoft.com/kusto/query/parse-operator).
 */
function parseUsDatetime(text: string): number | null {
  const match = US_DATETIME_TEXT.exec(text.trim());
  if (!match) return null;

  const [, month, , day, year, hour = "0", minute = "0", second = "0"] = match;
  const fraction = match[8] ?? "";
  if (+month < 1 || +month > 12 || +day < 1 || +hour > 23 || +second > 59) {
    return null;
  }
  const ms = utcMilliseconds(+year, +month - 1, +day, +hour, +minute, +second);
  const date = new Date(ms);
  if (+year < 1 || date.getUTCDate() !== +day || +minute > 59) return null;

  const subTicks = Number((fraction + "0000000").slice(0, 7));
  return (ms - DATETIME_EPOCH_MS) * TICKS_PER_MS + subTicks;
}

/**
 * Converts to a timespan: text as `[d.]hh:mm:ss[.fffffff]` or a literal
 * such as `1d`; a number counts ticks.
 */
export function toTimespanValue(value: Value, from: KustoType): number | null {
  if (value === null) return null;
  if (typeof value === "string") return parseTimespanText(value);
  if (typeof value === "number" && from !== "datetime" && from !== "bool") {
    return Math.trunc(value);
  }
  return null;
}

function toGuidValue(value: Value, from: KustoType): string | null {
  if (typeof value !== "string" || from === "datetime") return null;
  return parseGuid(value);
}

/**
 * Converts a typed value into a dynamic value: datetimes and timespans
 * become their text, as Kusto serializes them inside dynamic values.
 */
export function toDynamicValue(value: Value, from: KustoType): Value {
  if (value === null) return null;
  switch (from) {
    case "datetime":
      return formatDatetime(value as number);
    case "timespan":
      return formatTimespan(value as number);
    case "real":
    case "decimal":
      return Number.isFinite(value) ? value : toKustoString(value, "real");
    default:
      return value;
  }
}
