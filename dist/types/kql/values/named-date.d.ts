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
export declare function parseNamedDate(text: string): number;
