/**
 * Datetime functions that take a period name or a format: `datetime_diff`,
 * `datetime_add`, `datetime_part`, `format_datetime`, `format_timespan`.
 * Pages: https://learn.microsoft.com/kusto/query/ followed by
 * `datetime-diff-function`, `datetime-add-function`,
 * `datetime-part-function`, `format-datetime-function`,
 * `format-timespan-function`.
 */
import { TICKS_PER_DAY, TICKS_PER_MS, TICKS_PER_SECOND, type Value } from "../types.js";
import { addMonths, datetimeFields, startOfWeek } from "./calendar.js";
import { dayOfYear, isoWeekOfYear } from "./datetime.js";
import { scalar, unsupported } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
const TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;

/** Fixed-length periods in ticks. */
const PERIOD_TICKS: Readonly<Record<string, number>> = {
  week: 7 * TICKS_PER_DAY,
  day: TICKS_PER_DAY,
  hour: TICKS_PER_HOUR,
  minute: TICKS_PER_MINUTE,
  second: TICKS_PER_SECOND,
  millisecond: TICKS_PER_MS,
  microsecond: 10,
};

/** Calendar position in months, so that month and year differences are exact. */
function monthIndex(ticks: number): number {
  const { year, month } = datetimeFields(ticks);
  return year * 12 + month - 1;
}

/**
 * Counts period boundaries between the two datetimes: both are truncated
 * to the period (weeks start on Sunday) before subtracting, so
 * `datetime_diff('year', 2017-01-01, 2000-12-31)` is 17.
 */
function diffInPeriods(period: string, later: number, earlier: number): number | null {
  switch (period) {
    case "year":
      return datetimeFields(later).year - datetimeFields(earlier).year;
    case "quarter":
      return Math.floor(monthIndex(later) / 3) - Math.floor(monthIndex(earlier) / 3);
    case "month":
      return monthIndex(later) - monthIndex(earlier);
    case "week":
      return Math.round((startOfWeek(later) - startOfWeek(earlier)) / PERIOD_TICKS.week);
    case "nanosecond":
      return (later - earlier) * 100;
    default: {
      const size = PERIOD_TICKS[period];
      if (size === undefined) return null;
      return Math.floor(later / size) - Math.floor(earlier / size);
    }
  }
}

function periodArg(site: CallSite, index: number): (value: Value) => string {
  const constant = site.constants[index];
  if (typeof constant === "string") {
    const period = constant.toLowerCase();
    if (!isPeriod(period)) throw unsupported(site, `the period '${constant}'`);
  }
  return (value) => String(value).toLowerCase();
}

function isPeriod(period: string): boolean {
  return ["year", "quarter", "month", "nanosecond"].includes(period) || period in PERIOD_TICKS;
}

function datetimeDiff(site: CallSite): ScalarImpl {
  const period = periodArg(site, 0);
  return ([name, later, earlier]) => {
    if (name === null || later === null || earlier === null) return null;
    return diffInPeriods(period(name), later as number, earlier as number);
  };
}

/** Adds whole periods; months and years clamp the day to the month's end. */
function addPeriods(period: string, amount: number, ticks: number): number | null {
  switch (period) {
    case "year":
      return addMonths(ticks, 12 * amount);
    case "quarter":
      return addMonths(ticks, 3 * amount);
    case "month":
      return addMonths(ticks, amount);
    case "nanosecond":
      return ticks + Math.trunc(amount / 100);
    default: {
      const size = PERIOD_TICKS[period];
      return size === undefined ? null : ticks + amount * size;
    }
  }
}

function datetimeAdd(site: CallSite): ScalarImpl {
  const period = periodArg(site, 0);
  return ([name, amount, value]) => {
    if (name === null || amount === null || value === null) return null;
    return addPeriods(period(name), Math.trunc(Number(amount)), value as number);
  };
}

const PARTS: Readonly<Record<string, (ticks: number) => number>> = {
  year: (t) => datetimeFields(t).year,
  quarter: (t) => Math.floor((datetimeFields(t).month - 1) / 3) + 1,
  month: (t) => datetimeFields(t).month,
  week_of_year: isoWeekOfYear,
  day: (t) => datetimeFields(t).day,
  dayofyear: dayOfYear,
  hour: (t) => datetimeFields(t).hour,
  minute: (t) => datetimeFields(t).minute,
  second: (t) => datetimeFields(t).second,
  millisecond: (t) => datetimeFields(t).millisecond,
  microsecond: (t) => Math.floor((t % TICKS_PER_SECOND + TICKS_PER_SECOND) % TICKS_PER_SECOND / 10),
  nanosecond: (t) => ((t % TICKS_PER_SECOND + TICKS_PER_SECOND) % TICKS_PER_SECOND) * 100,
};

function datetimePart(site: CallSite): ScalarImpl {
  return ([name, value]) => {
    if (name === null || value === null) return null;
    const part = PARTS[String(name).toLowerCase()];
    if (!part) throw unsupported(site, `the part '${String(name)}'`);
    return part(value as number);
  };
}

registerScalars(
  scalar("datetime_diff", datetimeDiff),
  scalar("datetime_add", datetimeAdd),
  scalar("datetime_part", datetimePart),
);
