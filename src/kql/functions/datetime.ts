/**
 * Datetime functions: `ago`, `now`, `bin`/`floor`, `startofday`,
 * `startofweek`, `startofmonth`, `startofyear`, `endofday`, `endofweek`,
 * `endofmonth`, `endofyear`, `dayofweek`, `dayofmonth`, `dayofyear`,
 * `hourofday`, `monthofyear`/`getmonth`, `getyear`, `weekofyear`,
 * `unixtime_*_todatetime`, `make_datetime`, `make_timespan`.
 *
 * Pages: https://learn.microsoft.com/kusto/query/ago-function,
 * https://learn.microsoft.com/kusto/query/bin-function and the page of
 * each function under https://learn.microsoft.com/kusto/query/.
 */
import {
  TICKS_PER_DAY,
  TICKS_PER_MS,
  TICKS_PER_SECOND,
  type Value,
} from "../types.js";
import { TICKS_0001_TO_EPOCH } from "../values/convert.js";
import {
  addMonths,
  datetimeFields,
  datetimeFromFields,
  startOfDay,
  startOfMonth,
  startOfWeek,
  startOfYear,
} from "./calendar.js";
import { plain, scalar } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

function ago(site: CallSite): ScalarImpl {
  return ([span]) => (span === null ? null : site.now() - (span as number));
}

function now(site: CallSite): ScalarImpl {
  return ([offset]) => {
    if (offset === null) return null;
    return site.now() + ((offset as number | undefined) ?? 0);
  };
}

/**
 * Rounds down to a multiple of `size`. Datetimes are binned from
 * 0001-01-01, as in Kusto, so `bin(t, 7d)` starts weeks on Mondays.
 * A size of zero or less gives null.
 */
function bin(site: CallSite): ScalarImpl {
  const type = site.argTypes[0];
  return ([value, size]) => {
    if (value === null || size === null || Number(size) <= 0) return null;
    if (type === "datetime") return binDatetime(value as number, size as number);
    if (type === "long" || type === "int") return binLong(value, size);
    return Math.floor((value as number) / Number(size)) * Number(size);
  };
}

function binDatetime(ticks: number, size: number): number {
  const offset = Number(BigInt(TICKS_0001_TO_EPOCH) % BigInt(Math.round(size)));
  return Math.floor((ticks + offset) / size) * size - offset;
}

function binLong(value: Value, size: Value): Value {
  if (typeof value === "bigint" || typeof size === "bigint") {
    const x = BigInt(value as bigint);
    const step = BigInt(size as bigint);
    const remainder = ((x % step) + step) % step;
    return x - remainder;
  }
  const step = Number(size);
  if (!Number.isInteger(step)) return Math.floor((value as number) / step) * step;
  const remainder = (((value as number) % step) + step) % step;
  return (value as number) - remainder;
}

/** A `startof*` function with its optional offset in whole units. */
function startOf(start: (ticks: number) => number, step: (ticks: number, n: number) => number) {
  return ([value, offset]: readonly Value[]): Value => {
    if (value === null || offset === null) return null;
    const base = start(value as number);
    return offset === undefined ? base : step(base, Number(offset));
  };
}

/** An `endof*` function: one tick before the next period starts. */
function endOf(start: (ticks: number) => number, step: (ticks: number, n: number) => number) {
  const begin = startOf(start, step);
  return (args: readonly Value[]): Value => {
    const first = begin(args);
    return first === null ? null : step(first as number, 1) - 1;
  };
}

const addDays = (ticks: number, n: number) => ticks + n * TICKS_PER_DAY;
const addWeeks = (ticks: number, n: number) => ticks + n * 7 * TICKS_PER_DAY;
const addYears = (ticks: number, n: number) => addMonths(ticks, 12 * n);

function fieldOf(read: (ticks: number) => number): ScalarImpl {
  return ([value]) => (value === null ? null : read(value as number));
}

export function dayOfYear(ticks: number): number {
  return Math.floor((startOfDay(ticks) - startOfYear(ticks)) / TICKS_PER_DAY) + 1;
}

/** Returns the ISO 8601 week number: weeks start on Monday, and week 1 contains January 4. */
export function isoWeekOfYear(ticks: number): number {
  const day = startOfDay(ticks);
  const isoWeekday = (datetimeFields(day).dayOfWeek + 6) % 7;
  const thursday = day + (3 - isoWeekday) * TICKS_PER_DAY;
  return Math.floor((thursday - startOfYear(thursday)) / (7 * TICKS_PER_DAY)) + 1;
}

/**
 * Converts a count of units since 1970-01-01 to a datetime. Whole-number
 * counts beyond 2^53 (nanoseconds) are converted exactly through bigints.
 */
function unixToDatetime(ticksPerUnit: number, unitsPerTick = 1): ScalarImpl {
  const epochTicks = (Date.UTC(1970, 0, 1) - Date.UTC(2020, 0, 1)) * TICKS_PER_MS;
  return ([value]) => {
    if (value === null) return null;
    if (typeof value === "bigint") {
      return Number(BigInt(epochTicks) + (value * BigInt(ticksPerUnit)) / BigInt(unitsPerTick));
    }
    return Math.round(epochTicks + (Number(value) * ticksPerUnit) / unitsPerTick);
  };
}

/** `make_datetime(year, month, day[, hour, minute, second])`; seconds may hold a fraction. */
function makeDatetime(args: readonly Value[]): Value {
  if (args.some((arg) => arg === null)) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = args.map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const whole = Math.floor(second);
  const base = datetimeFromFields(year, month, day, hour, minute, whole);
  if (datetimeFields(base).day !== day) return null;
  return base + Math.round((second - whole) * TICKS_PER_SECOND);
}

/** `make_timespan(hour, minute[, second])` or `make_timespan(day, hour, minute, second)`. */
function makeTimespan(args: readonly Value[]): Value {
  if (args.some((arg) => arg === null)) return null;
  const numbers = args.map(Number);
  const [day, hour, minute, second] =
    numbers.length === 4 ? numbers : [0, numbers[0], numbers[1], numbers[2] ?? 0];
  return Math.round(((day * 24 + hour) * 60 + minute) * 60 * TICKS_PER_SECOND + second * TICKS_PER_SECOND);
}

registerScalars(
  scalar("ago", ago),
  scalar("now", now),
  scalar("bin", bin, ["floor"]),
  plain("startofday", startOf(startOfDay, addDays)),
  plain("startofweek", startOf(startOfWeek, addWeeks)),
  plain("startofmonth", startOf(startOfMonth, addMonths)),
  plain("startofyear", startOf(startOfYear, addYears)),
  plain("endofday", endOf(startOfDay, addDays)),
  plain("endofweek", endOf(startOfWeek, addWeeks)),
  plain("endofmonth", endOf(startOfMonth, addMonths)),
  plain("endofyear", endOf(startOfYear, addYears)),
  plain("dayofweek", fieldOf((t) => datetimeFields(t).dayOfWeek * TICKS_PER_DAY)),
  plain("dayofmonth", fieldOf((t) => datetimeFields(t).day)),
  plain("dayofyear", fieldOf(dayOfYear)),
  plain("hourofday", fieldOf((t) => datetimeFields(t).hour)),
  plain("monthofyear", fieldOf((t) => datetimeFields(t).month), ["getmonth"]),
  plain("getyear", fieldOf((t) => datetimeFields(t).year)),
  plain("weekofyear", fieldOf(isoWeekOfYear), ["week_of_year"]),
  plain("unixtime_seconds_todatetime", unixToDatetime(TICKS_PER_SECOND)),
  plain("unixtime_milliseconds_todatetime", unixToDatetime(TICKS_PER_MS)),
  plain("unixtime_microseconds_todatetime", unixToDatetime(10)),
  plain("unixtime_nanoseconds_todatetime", unixToDatetime(1, 100)),
  plain("make_datetime", makeDatetime),
  plain("make_timespan", makeTimespan),
);
