import { DATETIME_EPOCH_MS, isValidDateTime, TICKS_PER_MS, utcMilliseconds } from "../types.js";

const ZERO = 48;
const MAX_FRACTION_DIGITS = 9;

/**
 * Parses the one datetime form JSON writers emit, `YYYY-MM-DDTHH:MM:SSZ`
 * with an optional fraction of 1 to 9 digits (as `Date.toISOString` gives),
 * into datetime ticks without a regular expression. It returns the same
 * value as `parseDatetime` for that form, and `undefined` for any other
 * text, which the caller then gives to `parseDatetime`. Reading large event
 * files spends much of its time on this one form.
 */
export function parseIsoUtc(text: string): number | undefined {
  const length = text.length;
  if (length < 20 || text.charCodeAt(length - 1) !== 90 /* Z */) return undefined;
  if (!hasSeparators(text)) return undefined;

  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (hour < 0 || minute < 0 || second < 0) return undefined;
  if (!isValidDateTime(year, month, day, hour, minute, second)) return undefined;

  const subTicks = fractionTicks(text, length);
  if (subTicks === undefined) return undefined;
  const dayMs = startOfDay(year, month, day);
  const ms = dayMs + ((hour * 60 + minute) * 60 + second) * 1000;
  return (ms - DATETIME_EPOCH_MS) * TICKS_PER_MS + subTicks;
}

const MS_PER_DAY = 86_400_000;

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_DAY_FROM_MARCH_0 = 719_468;

/**
 * Returns `Date.UTC(year, month - 1, day)`, counted with integer
 * arithmetic, so that rows that alternate between two days need no
 * `Date.UTC` call. A day past the end of its month counts on into the next
 * month, as in `Date.UTC`. Years below 100 count as written (see
 * `utcMilliseconds`).
 */
function startOfDay(year: number, month: number, day: number): number {
  if (year < 100) return utcMilliseconds(year, month - 1, day);

  // Count from March, so that the leap day is the last day of a year.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const monthFromMarch = month <= 2 ? month + 9 : month - 3;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear;
  const days = era * 146_097 + dayOfEra - EPOCH_DAY_FROM_MARCH_0;
  return days * MS_PER_DAY;
}

function hasSeparators(text: string): boolean {
  return (
    text.charCodeAt(4) === 45 /* - */ &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 84 /* T */ &&
    text.charCodeAt(13) === 58 /* : */ &&
    text.charCodeAt(16) === 58
  );
}

/**
 * The result of `twoDigits` for a non-digit, negative enough that a year
 * read as `100 * high + low` stays negative when either pair is.
 */
const NOT_DIGITS = -10_000;

/** Reads two decimal digits at `start`, or returns `NOT_DIGITS`. */
function twoDigits(text: string, start: number): number {
  const tens = text.charCodeAt(start) - ZERO;
  const ones = text.charCodeAt(start + 1) - ZERO;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return NOT_DIGITS;
  return tens * 10 + ones;
}

/**
 * Reads the fraction between the seconds and the `Z` as ticks, keeping
 * the first seven digits as `parseDatetime` does. Returns 0 when there is
 * none and `undefined` when it is malformed.
 */
function fractionTicks(text: string, length: number): number | undefined {
  if (length === 20) return 0;
  const count = length - 21;
  if (text.charCodeAt(19) !== 46 /* . */ || count < 1 || count > MAX_FRACTION_DIGITS) {
    return undefined;
  }
  let ticks = 0;
  for (let i = 0; i < 7; i++) {
    const digit = i < count ? text.charCodeAt(20 + i) - ZERO : 0;
    if (digit < 0 || digit > 9) return undefined;
    ticks = ticks * 10 + digit;
  }
  for (let i = 7; i < count; i++) {
    const digit = text.charCodeAt(20 + i) - ZERO;
    if (digit < 0 || digit > 9) return undefined;
  }
  return ticks;
}
