/**
 * Calendar arithmetic on datetime ticks (UTC, 100 ns), shared by the
 * datetime functions.
 */
import {
  DATETIME_EPOCH_MS,
  TICKS_PER_DAY,
  TICKS_PER_MS,
  utcMilliseconds,
} from "../types.js";

/** The fields of a datetime in UTC. `month` is 1-12, `dayOfWeek` 0 (Sunday)-6. */
export interface DatetimeFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Ticks below one millisecond, 0-9999. */
  readonly subMillisecondTicks: number;
  readonly dayOfWeek: number;
}

export function datetimeFields(ticks: number): DatetimeFields {
  const ms = Math.floor(ticks / TICKS_PER_MS);
  const date = new Date(DATETIME_EPOCH_MS + ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    subMillisecondTicks: ticks - ms * TICKS_PER_MS,
    dayOfWeek: date.getUTCDay(),
  };
}

/** Builds datetime ticks from UTC fields; out-of-range fields roll over. */
export function datetimeFromFields(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const ms = utcMilliseconds(year, month - 1, day, hour, minute, second, millisecond);
  return (ms - DATETIME_EPOCH_MS) * TICKS_PER_MS;
}

export function startOfDay(ticks: number): number {
  return Math.floor(ticks / TICKS_PER_DAY) * TICKS_PER_DAY;
}

/** Weeks start on Sunday, as in Kusto's `startofweek`. */
export function startOfWeek(ticks: number): number {
  const day = startOfDay(ticks);
  return day - datetimeFields(day).dayOfWeek * TICKS_PER_DAY;
}

export function startOfMonth(ticks: number): number {
  const { year, month } = datetimeFields(ticks);
  return datetimeFromFields(year, month, 1);
}

export function startOfYear(ticks: number): number {
  return datetimeFromFields(datetimeFields(ticks).year, 1, 1);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMilliseconds(year, month, 0)).getUTCDate();
}

/**
 * Adds calendar months as .NET's `AddMonths` does: the day of month is
 * clamped to the last day of the target month (Jan 31 + 1 month = Feb 28
 * or 29).
 */
export function addMonths(ticks: number, months: number): number {
  const fields = datetimeFields(ticks);
  const total = fields.year * 12 + (fields.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(fields.day, daysInMonth(year, month));
  return ticks + (datetimeFromFields(year, month, day) - datetimeFromFields(fields.year, fields.month, fields.day));
}
