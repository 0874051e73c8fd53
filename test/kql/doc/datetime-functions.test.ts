// Examples from https://learn.microsoft.com/kusto/query/ago-function,
// https://learn.microsoft.com/kusto/query/now-function,
// https://learn.microsoft.com/kusto/query/bin-function,
// https://learn.microsoft.com/kusto/query/startofday-function,
// https://learn.microsoft.com/kusto/query/datetime-diff-function,
// https://learn.microsoft.com/kusto/query/format-datetime-function and
// https://learn.microsoft.com/kusto/query/todatetime-function. Every case
// runs with now() at 2026-04-20T09:00:00Z.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

const EVENTS =
  "datatable(Timestamp:datetime, Id:long) [datetime(2026-04-20 08:30), 1, datetime(2026-04-20 07:59), 2, datetime(2026-04-20 09:00), 3]";

describe("ago and now", () => {
  runCases([
    {
      name: "rows in the past hour",
      query: `${EVENTS} | where Timestamp > ago(1h) | project Id`,
      unordered: [[1], [3]],
    },
    {
      name: "now minus timespans",
      query:
        'datatable(label:string, timespanValue:timespan) ["minute", 60s, "hour", 1h, "day", 1d, "year", 365d] | extend timeAgo = now() - timespanValue | project label, timeAgo',
      rows: [
        ["minute", "2026-04-20T08:59:00Z"],
        ["hour", "2026-04-20T08:00:00Z"],
        ["day", "2026-04-19T09:00:00Z"],
        ["year", "2025-04-20T09:00:00Z"],
      ],
    },
  ]);
  runScalarCases([
    ["now", "now()", "datetime", "2026-04-20T09:00:00Z"],
    ["now with offset", "now(-2d)", "datetime", "2026-04-18T09:00:00Z"],
    ["ago subtracts", "ago(1h)", "datetime", "2026-04-20T08:00:00Z"],
    ["ago of negative span", "ago(-1d)", "datetime", "2026-04-21T09:00:00Z"],
    ["same now in one query", "ago(1h) == now(-1h)", "bool", true],
  ]);
});

describe("bin", () => {
  runScalarCases([
    ["real", "bin(4.5, 1)", "real", 4],
    ["timespan", "bin(time(16d), 7d)", "timespan", "14.00:00:00"],
    ["datetime", "bin(datetime(1970-05-11 13:45:07), 1d)", "datetime", "1970-05-11T00:00:00Z"],
    ["rounds down negatives", "bin(-4.5, 1)", "real", -5],
    ["negative size is null", "bin(5, -1)", "long", null],
    ["null size is null", "bin(5, long(null))", "long", null],
    ["null value is null", "bin(long(null), 1)", "long", null],
    ["floor is bin", "floor(4.5, 1)", "real", 4],
    ["bin of 2.15", "bin(2.15, 1)", "real", 2],
  ]);
});

describe("startofday", () => {
  runCases([
    {
      name: "offsets",
      query: "range offset from -1 to 1 step 1 | project dayStart = startofday(datetime(2017-01-01 10:10:17), offset)",
      columns: ["dayStart:datetime"],
      rows: [["2016-12-31T00:00:00Z"], ["2017-01-01T00:00:00Z"], ["2017-01-02T00:00:00Z"]],
    },
  ]);
});

describe("datetime_diff", () => {
  runCases([
    {
      name: "every period",
      query:
        "print year = datetime_diff('year', datetime(2017-01-01), datetime(2000-12-31)), quarter = datetime_diff('quarter', datetime(2017-07-01), datetime(2017-03-30)), month = datetime_diff('month', datetime(2017-01-01), datetime(2015-12-30)), week = datetime_diff('week', datetime(2017-10-29 00:00), datetime(2017-09-30 23:59)), day = datetime_diff('day', datetime(2017-10-29 00:00), datetime(2017-09-30 23:59)), hour = datetime_diff('hour', datetime(2017-10-31 01:00), datetime(2017-10-30 23:59)), minute = datetime_diff('minute', datetime(2017-10-30 23:05:01), datetime(2017-10-30 23:00:59)), second = datetime_diff('second', datetime(2017-10-30 23:00:10.100), datetime(2017-10-30 23:00:00.900)), millisecond = datetime_diff('millisecond', datetime(2017-10-30 23:00:00.200100), datetime(2017-10-30 23:00:00.100900)), microsecond = datetime_diff('microsecond', datetime(2017-10-30 23:00:00.1009001), datetime(2017-10-30 23:00:00.1008009)), nanosecond = datetime_diff('nanosecond', datetime(2017-10-30 23:00:00.0000000), datetime(2017-10-30 23:00:00.0000007))",
      rows: [[17, 2, 13, 5, 29, 2, 5, 10, 100, 100, -700]],
    },
  ]);
  runScalarCases([
    ["period is case-insensitive", "datetime_diff('DAY', datetime(2026-04-20), datetime(2026-04-18))", "long", 2],
  ]);
});

describe("format_datetime", () => {
  const at = "datetime(2017-01-29 09:00:05)";
  runScalarCases([
    ["two-digit year", `format_datetime(${at}, 'yy-MM-dd [HH:mm:ss]')`, "string", "17-01-29 [09:00:05]"],
    ["short month and hour", `format_datetime(${at}, 'yyyy-M-dd [H:mm:ss]')`, "string", "2017-1-29 [9:00:05]"],
    ["12-hour clock", `format_datetime(${at}, 'yy-MM-dd [hh:mm:ss tt]')`, "string", "17-01-29 [09:00:05 AM]"],
    ["tenths", "format_datetime(datetime(2009-06-15T13:45:30.617), 'f')", "string", "6"],
    ["zero tenths", "format_datetime(datetime(2009-06-15T13:45:30.05), 'f')", "string", "0"],
    ["F drops a zero digit", "format_datetime(datetime(2009-06-15T13:45:30.05), 'F')", "string", ""],
    ["F drops trailing zeros", "format_datetime(datetime(2009-06-15T13:45:30.000115), 'FFFFFFF')", "string", "000115"],
    ["all seven digits", "format_datetime(datetime(2009-06-15T13:45:30.000115), 'fffffff')", "string", "0001150"],
    ["one-digit year", "format_datetime(datetime(2009-06-15T13:45:30), 'y')", "string", "9"],
    ["year 1900 as yy", "format_datetime(datetime(1900-01-01), 'yy')", "string", "00"],
    ["PM marker", "format_datetime(datetime(2009-06-15T13:45:09), 'tt')", "string", "PM"],
    ["hour forms", "format_datetime(datetime(2009-06-15T13:45:30), 'h hh H HH')", "string", "1 01 13 13"],
  ]);
});

describe("todatetime", () => {
  runScalarCases([
    ["text with fraction", 'todatetime("2015-12-31 23:59:59.9")', "datetime", "2015-12-31T23:59:59.9Z"],
    ["invalid text is null", 'todatetime("not a date")', "datetime", null],
    // The page compares todatetime('12-02-2022') with the literal
    // datetime('12-02-2022') and prints true.
    ["month-day-year with dashes", "todatetime('12-02-2022') == datetime('12-02-2022')", "bool", true],
    ["dashes read month first", "todatetime('12-02-2022')", "datetime", "2022-12-02T00:00:00Z"],
    ["mixed separators are null", "todatetime('12-02/2022')", "datetime", null],
  ]);
});
