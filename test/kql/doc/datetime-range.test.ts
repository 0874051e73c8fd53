// Rules from https://learn.microsoft.com/kusto/query/scalar-data-types/datetime:
// datetime values run from 0001-01-01 to 9999-12-31, a tick count of
// 31241376000000000 is Friday 0100-01-01 at midnight, and RFC 822 dates
// may write the year with two digits (`Sat, 8 Nov 14` is 2014). Years
// before 0100 keep their four digits. Values far from 2020 lose some
// ticks in the engine, so these cases check whole seconds.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

describe("datetime years 0001 to 0099", () => {
  runScalarCases([
    ["first day in range", "datetime(0001-01-01)", "datetime", "0001-01-01T00:00:00Z"],
    ["year 0050 literal", "datetime(0050-06-01)", "datetime", "0050-06-01T00:00:00Z"],
    ["last second of 0099", "datetime(0099-12-31 23:59:59)", "datetime", "0099-12-31T23:59:59Z"],
    ["literal with offset", "datetime(0050-06-01T10:00:00+02:00)", "datetime", "0050-06-01T08:00:00Z"],
    ["leap day of 0004", "datetime(0004-02-29)", "datetime", "0004-02-29T00:00:00Z"],
    ["todatetime ISO text", "todatetime('0001-01-01T00:00:00Z')", "datetime", "0001-01-01T00:00:00Z"],
    ["todatetime ISO date", "todatetime('0050-06-01')", "datetime", "0050-06-01T00:00:00Z"],
    ["todatetime US date", "todatetime('01/02/0050')", "datetime", "0050-01-02T00:00:00Z"],
    ["US date invalid leap day", "todatetime('02/29/0001')", "datetime", null],
    ["RFC 1123 text", "todatetime('Mon, 1 Jan 0001 00:00:00 GMT')", "datetime", "0001-01-01T00:00:00Z"],
    ["RFC 1123 literal", "datetime(Sat, 01 Jan 0050 00:00:00 GMT)", "datetime", "0050-01-01T00:00:00Z"],
    ["RFC two-digit year", "todatetime('Sat, 8 Nov 14 15:05:02 GMT')", "datetime", "2014-11-08T15:05:02Z"],
    ["RFC four-digit year 0014", "todatetime('Sat, 8 Nov 0014 15:05:02 GMT')", "datetime", "0014-11-08T15:05:02Z"],
    ["year 0000 text", "todatetime('0000-06-01')", "datetime", null],
    ["year of 0050", "getyear(datetime(0050-06-01))", "int", 50],
    ["Friday 0100-01-01", "dayofweek(datetime(0100-01-01))", "timespan", "5.00:00:00"],
    ["Monday 0001-01-01", "dayofweek(datetime(0001-01-01))", "timespan", "1.00:00:00"],
    ["tick count of 0100-01-01", "todatetime(31241376000000000)", "datetime", "0100-01-01T00:00:00Z"],
    ["ticks 0 are 0001-01-01", "todatetime(0)", "datetime", "0001-01-01T00:00:00Z"],
    ["text round trip", "todatetime(tostring(datetime(0007-03-04 05:06:07)))", "datetime", "0007-03-04T05:06:07Z"],
    ["tostring keeps four digits", "tostring(datetime(0050-06-01))", "string", "0050-06-01T00:00:00Z"],
    ["format_datetime yyyy", "format_datetime(datetime(0050-06-01), 'yyyy-MM-dd')", "string", "0050-06-01"],
    ["add one day", "datetime(0050-06-01) + 1d", "datetime", "0050-06-02T00:00:00Z"],
    ["add one year", "datetime_add('year', 1, datetime(0049-06-01))", "datetime", "0050-06-01T00:00:00Z"],
    ["startofmonth in 0050", "startofmonth(datetime(0050-06-11))", "datetime", "0050-06-01T00:00:00Z"],
    ["1900 years apart", "datetime_diff('year', datetime(1950-06-01), datetime(0050-06-01))", "long", 1900],
    ["before 1950", "datetime(0050-06-01) < datetime(1950-06-01)", "bool", true],
  ]);
});

describe("datetime years in tables and literals", () => {
  runCases([
    {
      name: "JSON text of year 0050",
      query: "T | project t",
      tables: { T: { columns: "t:datetime", rows: [["0050-06-01T00:00:00Z"], ["0001-01-01 12:00"]] } },
      rows: [["0050-06-01T00:00:00Z"], ["0001-01-01T12:00:00Z"]],
    },
    {
      name: "year 0000 literal",
      query: "print datetime(0000-01-01)",
      error: { kind: "semantic", message: "invalid datetime literal datetime(0000-01-01)" },
    },
  ]);
});

// A datetime names a real day: conversions of a day that does not exist
// give null (the todatetime page), and such a literal is an error.
describe("days that do not exist", () => {
  runScalarCases([
    ["February 29 of 2023", "todatetime('2023-02-29')", "datetime", null],
    ["February 29 of 2024", "todatetime('2024-02-29')", "datetime", "2024-02-29T00:00:00Z"],
    ["February 29 of 1900", "todatetime('1900-02-29')", "datetime", null],
    ["February 29 of 2000", "todatetime('2000-02-29T10:00:00Z')", "datetime", "2000-02-29T10:00:00Z"],
    ["February 29 of 0001", "todatetime('0001-02-29')", "datetime", null],
    ["April 31", "todatetime('2023-04-31T00:00:00Z')", "datetime", null],
    ["hour 24", "todatetime('2023-01-01T24:00:00Z')", "datetime", null],
    ["minute 60", "todatetime('2023-01-01 10:60')", "datetime", null],
  ]);
  runCases([
    {
      name: "literal of a missing day",
      query: "print datetime(2023-02-29)",
      error: { kind: "semantic", message: "invalid datetime literal datetime(2023-02-29)" },
    },
    {
      name: "table cell of a missing day",
      query: "T | project t",
      tables: { T: { columns: "t:datetime", rows: [["2023-02-29T00:00:00Z"]] } },
      error: {
        kind: "type",
        message:
          "'2023-02-29T00:00:00Z' in column t of table T is not a datetime: write it in ISO 8601, such as 2026-04-20T08:10:00Z",
      },
    },
  ]);
});
