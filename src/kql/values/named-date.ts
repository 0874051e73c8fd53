/** A year written with four digits, not part of a time or a longer number. */
const FOUR_DIGIT_YEAR = /(?<![\d.:])(\d{4})(?![\d:])/;

/**
 * Years this far apart have the same calendar, weekdays included, because
 * 400 Gregorian years are exactly 20,871 weeks.
 */
const SAME_CALENDAR_SHIFT = 2400;

/**
 * Parses a date with a month name, such as RFC 1123's `Sat, 01 Jan 0050
 * 00:00:00 GMT`, with `Date.parse`, and returns its milliseconds from the
 * Unix epoch, or `NaN`. In V8 (Node 20), `Date.parse` reads a year below
 * 100 as 19xx or 20xx even when written with four digits, so such a year
 * is parsed 2400 years later and moved back. Two-digit years (`8 Nov 14`)
 * keep the `Date.parse` reading, 2014 there. A date before 0001-01-01
 * gives `NaN` because it is outside the datetime range
 * (learn.microsoft.com/kusto/query/scalar-data-types/datetime).
 */
export function parseNamedDate(text: string): number {
  const match = FOUR_DIGIT_YEAR.exec(text);
  const year = match ? Number(match[1]) : NaN;
  if (!match || !(year < 100)) return Date.parse(text);

  const end = match.index + match[1].length;
  const later = String(year + SAME_CALENDAR_SHIFT);
  const date = new Date(text.slice(0, match.index) + later + text.slice(end));
  date.setUTCFullYear(date.getUTCFullYear() - SAME_CALENDAR_SHIFT);
  return date.getUTCFullYear() < 1 ? NaN : date.getTime();
}
