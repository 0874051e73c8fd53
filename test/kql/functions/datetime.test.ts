// Pages:
// https://learn.microsoft.com/kusto/query/ago-function
// https://learn.microsoft.com/kusto/query/now-function
// https://learn.microsoft.com/kusto/query/bin-function
// https://learn.microsoft.com/kusto/query/startofweek-function
// https://learn.microsoft.com/kusto/query/startofmonth-function
// https://learn.microsoft.com/kusto/query/endofday-function
// https://learn.microsoft.com/kusto/query/dayofweek-function
// https://learn.microsoft.com/kusto/query/hourofday-function
// https://learn.microsoft.com/kusto/query/datetime-diff-function
// https://learn.microsoft.com/kusto/query/datetime-add-function
// https://learn.microsoft.com/kusto/query/datetime-part-function
// https://learn.microsoft.com/kusto/query/format-datetime-function
// https://learn.microsoft.com/kusto/query/format-timespan-function
// https://learn.microsoft.com/kusto/query/unixtime-seconds-todatetime-function
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call, dt, NOW, ts } from "./call.js";

describe("ago and now", () => {
  test("ago subtracts from now", () => {
    expect(call("ago", ["timespan"], [ts("1.00:00:00")])).toBe(dt("2026-04-19T09:00:00Z"));
    expect(call("ago", ["timespan"], [-ts("01:00:00")])).toBe(dt("2026-04-20T10:00:00Z"));
  });

  test("now with and without offset", () => {
    expect(call("now", [], [])).toBe(NOW);
    expect(call("now", ["timespan"], [-ts("2.00:00:00")])).toBe(dt("2026-04-18T09:00:00Z"));
  });
});

describe("bin", () => {
  const rows: [KustoType, Value, KustoType, Value, Value][] = [
    ["real", 4.5, "long", 1, 4],
    ["long", 17, "long", 5, 15],
    ["long", -1, "long", 10, -10],
    ["timespan", ts("16.00:00:00"), "timespan", ts("7.00:00:00"), ts("14.00:00:00")],
    ["datetime", dt("1970-05-11T13:45:07Z"), "timespan", ts("1.00:00:00"), dt("1970-05-11T00:00:00Z")],
    ["datetime", dt("2026-04-20T08:47:00Z"), "timespan", ts("00:15:00"), dt("2026-04-20T08:45:00Z")],
    ["datetime", dt("2026-04-22T08:00:00Z"), "timespan", ts("7.00:00:00"), dt("2026-04-20T00:00:00Z")],
    ["long", 5, "long", -1, null],
    ["long", null, "long", 1, null],
  ];

  test.each(rows)("%s %s by %s %s", (type, value, sizeType, size, expected) => {
    expect(call("bin", [type, sizeType], [value, size])).toBe(expected);
    expect(call("floor", [type, sizeType], [value, size])).toBe(expected);
  });
});

describe("start and end of periods", () => {
  const at = dt("2017-01-01T10:10:17Z");
  const rows: [string, number, Value][] = [
    ["startofweek", -1, dt("2016-12-25T00:00:00Z")],
    ["startofweek", 0, dt("2017-01-01T00:00:00Z")],
    ["startofweek", 1, dt("2017-01-08T00:00:00Z")],
    ["startofmonth", -1, dt("2016-12-01T00:00:00Z")],
    ["startofmonth", 1, dt("2017-02-01T00:00:00Z")],
    ["startofday", 0, dt("2017-01-01T00:00:00Z")],
    ["startofyear", 1, dt("2018-01-01T00:00:00Z")],
    ["endofday", -1, dt("2016-12-31T23:59:59.9999999Z")],
    ["endofday", 0, dt("2017-01-01T23:59:59.9999999Z")],
    ["endofday", 1, dt("2017-01-02T23:59:59.9999999Z")],
    ["endofmonth", 0, dt("2017-01-31T23:59:59.9999999Z")],
    ["endofyear", 0, dt("2017-12-31T23:59:59.9999999Z")],
    ["endofweek", 0, dt("2017-01-07T23:59:59.9999999Z")],
  ];

  test.each(rows)("%s offset %d", (fn, offset, expected) => {
    expect(call(fn, ["datetime", "long"], [at, offset])).toBe(expected);
  });

  test("offset is optional", () => {
    expect(call("startofday", ["datetime"], [at])).toBe(dt("2017-01-01T00:00:00Z"));
  });
});

describe("datetime fields", () => {
  const rows: [string, string, Value][] = [
    ["dayofweek", "1947-11-30T10:00:05Z", 0],
    ["dayofweek", "1970-05-11T00:00:00Z", ts("1.00:00:00")],
    ["hourofday", "2015-12-14T18:54:00Z", 18],
    ["dayofmonth", "2015-12-14T00:00:00Z", 14],
    ["dayofyear", "2015-12-14T00:00:00Z", 348],
    ["monthofyear", "2015-12-14T00:00:00Z", 12],
    ["getyear", "2015-10-12T00:00:00Z", 2015],
    ["weekofyear", "2015-12-14T00:00:00Z", 51],
    ["weekofyear", "2021-01-01T00:00:00Z", 53],
  ];

  test.each(rows)("%s(%s)", (fn, text, expected) => {
    expect(call(fn, ["datetime"], [dt(text)])).toBe(expected);
  });
});

describe("datetime_diff", () => {
  const rows: [string, string, string, number][] = [
    ["year", "2017-01-01T00:00:00Z", "2000-12-31T00:00:00Z", 17],
    ["quarter", "2017-07-01T00:00:00Z", "2017-03-30T00:00:00Z", 2],
    ["month", "2017-01-01T00:00:00Z", "2015-12-30T00:00:00Z", 13],
    ["week", "2017-10-29T00:00:00Z", "2017-09-30T23:59:00Z", 5],
    ["day", "2017-10-29T00:00:00Z", "2017-09-30T23:59:00Z", 29],
    ["hour", "2017-10-31T01:00:00Z", "2017-10-30T23:59:00Z", 2],
    ["minute", "2017-10-30T23:05:01Z", "2017-10-30T23:00:59Z", 5],
    ["second", "2017-10-30T23:00:10.100Z", "2017-10-30T23:00:00.900Z", 10],
    ["millisecond", "2017-10-30T23:00:00.2001Z", "2017-10-30T23:00:00.1009Z", 100],
    ["microsecond", "2017-10-30T23:00:00.1009001Z", "2017-10-30T23:00:00.1008009Z", 100],
    ["nanosecond", "2017-10-30T23:00:00.0000000Z", "2017-10-30T23:00:00.0000007Z", -700],
    ["Day", "2026-04-20T00:00:00Z", "2026-04-21T00:00:00Z", -1],
  ];

  test.each(rows)("%s between %s and %s", (period, later, earlier, expected) => {
    expect(call("datetime_diff", ["string", "datetime", "datetime"], [period, dt(later), dt(earlier)])).toBe(expected);
  });
});

describe("datetime_add", () => {
  const rows: [string, number, string, string][] = [
    ["year", 1, "2017-10-30T01:02:03.7654321Z", "2018-10-30T01:02:03.7654321Z"],
    ["quarter", 1, "2017-10-30T01:02:03Z", "2018-01-30T01:02:03Z"],
    ["month", 1, "2017-10-30T01:02:03Z", "2017-11-30T01:02:03Z"],
    ["month", 1, "2017-01-31T00:00:00Z", "2017-02-28T00:00:00Z"],
    ["week", 1, "2017-10-30T01:02:03Z", "2017-11-06T01:02:03Z"],
    ["day", -1, "2017-10-30T01:02:03Z", "2017-10-29T01:02:03Z"],
    ["hour", 1, "2017-10-30T01:02:03Z", "2017-10-30T02:02:03Z"],
    ["minute", 1, "2017-10-30T01:02:03Z", "2017-10-30T01:03:03Z"],
    ["second", 1, "2017-10-30T01:02:03Z", "2017-10-30T01:02:04Z"],
  ];

  test.each(rows)("%s %d to %s", (period, amount, start, expected) => {
    expect(call("datetime_add", ["string", "long", "datetime"], [period, amount, dt(start)])).toBe(dt(expected));
  });
});

describe("datetime_part", () => {
  const at = dt("2017-10-30T01:02:03.7654321Z");
  const rows: [string, number][] = [
    ["Year", 2017],
    ["Quarter", 4],
    ["Month", 10],
    ["week_of_year", 44],
    ["Day", 30],
    ["DayOfYear", 303],
    ["Hour", 1],
    ["Minute", 2],
    ["Second", 3],
    ["Millisecond", 765],
    ["Microsecond", 765432],
    ["Nanosecond", 765432100],
  ];

  test.each(rows)("%s", (part, expected) => {
    expect(call("datetime_part", ["string", "datetime"], [part, at])).toBe(expected);
  });
});

describe("format_datetime", () => {
  const at = dt("2015-12-14T02:03:04.12345Z");
  const rows: [string, string][] = [
    ["y-M-d h:m:s.fffffff", "15-12-14 2:3:4.1234500"],
    ["yy-MM-dd [HH:mm:ss]", "15-12-14 [02:03:04]"],
    ["yyyy-M-dd [H:mm:ss]", "2015-12-14 [2:03:04]"],
    ["yy-MM-dd [hh:mm:ss tt]", "15-12-14 [02:03:04 AM]"],
    ["yyyy-MM-dd HH:mm:ss.FFF", "2015-12-14 02:03:04.123"],
  ];

  test.each(rows)("%s", (format, expected) => {
    expect(call("format_datetime", ["datetime", "string"], [at, format])).toBe(expected);
  });
});

describe("format_timespan", () => {
  const span = ts("14.02:03:04.12345");
  const rows: [string, string][] = [
    ["h:m:s.fffffff", "2:3:4.1234500"],
    ["hh:mm:ss.FF", "02:03:04.12"],
    ["ddd.h:mm:ss [fffffff]", "014.2:03:04 [1234500]"],
    ["d", "14"],
  ];

  test.each(rows)("%s", (format, expected) => {
    expect(call("format_timespan", ["timespan", "string"], [span, format])).toBe(expected);
  });

  test("F drops zero fraction", () => {
    expect(call("format_timespan", ["timespan", "string"], [ts("00:00:30"), "ss.FF"])).toBe("30.");
  });
});

describe("unix time", () => {
  const rows: [string, number | bigint, string][] = [
    ["unixtime_seconds_todatetime", 1546300800, "2019-01-01T00:00:00Z"],
    ["unixtime_milliseconds_todatetime", 1546300800123, "2019-01-01T00:00:00.123Z"],
    ["unixtime_microseconds_todatetime", 1546300800123456, "2019-01-01T00:00:00.123456Z"],
    ["unixtime_nanoseconds_todatetime", 1546300800123456700n, "2019-01-01T00:00:00.1234567Z"],
  ];

  test.each(rows)("%s(%s)", (fn, value, expected) => {
    expect(call(fn, ["long"], [value])).toBe(dt(expected));
  });
});
