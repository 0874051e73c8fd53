// Pages:
// https://learn.microsoft.com/kusto/query/tostring-function
// https://learn.microsoft.com/kusto/query/toint-function
// https://learn.microsoft.com/kusto/query/tolong-function
// https://learn.microsoft.com/kusto/query/todouble-function
// https://learn.microsoft.com/kusto/query/tobool-function
// https://learn.microsoft.com/kusto/query/todatetime-function
// https://learn.microsoft.com/kusto/query/totimespan-function
// https://learn.microsoft.com/kusto/query/toguid-function
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call, dt, ts } from "./call.js";

type Row = [string, KustoType, Value, Value];

describe("conversions", () => {
  const rows: Row[] = [
    ["tostring", "long", 123, "123"],
    ["tostring", "long", null, ""],
    ["tostring", "dynamic", "general", "general"],
    ["tostring", "dynamic", { a: 1 }, '{"a":1}'],
    ["tostring", "datetime", dt("2026-04-20T08:10:00Z"), "2026-04-20T08:10:00Z"],
    ["tostring", "timespan", ts("00:05:00"), "00:05:00"],
    ["tostring", "bool", false, "false"],
    ["tostring", "real", 0.5, "0.5"],
    ["toint", "string", "123", 123],
    ["toint", "real", 2.3, 2],
    ["toint", "real", -2.7, -2],
    ["toint", "string", "abc", null],
    ["tolong", "string", "9223372036854775807", 9223372036854775807n],
    ["tolong", "string", "12.9", 12],
    ["tolong", "dynamic", 42, 42],
    ["tolong", "bool", true, 1],
    ["tolong", "timespan", ts("00:00:01"), 10_000_000],
    ["tolong", "datetime", dt("1970-01-01T00:00:00Z"), 621355968000000000n],
    ["todouble", "string", "1.5", 1.5],
    ["todouble", "string", "1e3", 1000],
    ["todouble", "string", "abc", null],
    ["todouble", "long", 7, 7],
    ["toreal", "dynamic", "2.25", 2.25],
    ["tobool", "string", "true", true],
    ["tobool", "string", "FALSE", false],
    ["tobool", "long", 1, true],
    ["tobool", "long", 0, false],
    ["tobool", "string", "yes", null],
    ["todatetime", "string", "2015-12-31 23:59:59.9", dt("2015-12-31T23:59:59.9Z")],
    ["todatetime", "string", "2026-04-20T08:10:00Z", dt("2026-04-20T08:10:00Z")],
    ["todatetime", "string", "Sat, 08 Nov 2014 15:05:02 GMT", dt("2014-11-08T15:05:02Z")],
    ["todatetime", "string", "not a date", null],
    ["todatetime", "string", "02/17/2016 08:40:01", dt("2016-02-17T08:40:01Z")],
    ["todatetime", "string", "2/7/2016", dt("2016-02-07T00:00:00Z")],
    ["todatetime", "string", "02/30/2016 08:40:01", null],
    ["totimespan", "string", "0.00:01:00", ts("00:01:00")],
    ["totimespan", "string", "1.02:03:04", ts("1.02:03:04")],
    ["totimespan", "string", "abc", null],
    ["totimespan", "string", "10millisec", ts("00:00:00.01")],
    ["totimespan", "string", "3micro", 30],
    ["toguid", "string", "0697405b-7b6a-4e6e-9d24-0ee6e3b3a1e5", "0697405b-7b6a-4e6e-9d24-0ee6e3b3a1e5"],
    ["toguid", "string", "not a guid", null],
  ];

  test.each(rows)("%s(%s %s)", (fn, type, input, expected) => {
    expect(call(fn, [type], [input])).toEqual(expected);
  });
});
