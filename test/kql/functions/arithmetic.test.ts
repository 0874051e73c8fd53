// Pages:
// https://learn.microsoft.com/kusto/query/numerical-operators
// https://learn.microsoft.com/kusto/query/datetime-timespan-arithmetic
import { describe, expect, test } from "vitest";
import { InputError } from "../../../src/errors.js";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call, compileScalar, dt, ts } from "./call.js";

type Row = [string, KustoType, Value, KustoType, Value, KustoType, Value];

describe("numbers", () => {
  const rows: Row[] = [
    ["+", "real", 3.14, "real", 3.14, "real", 6.28],
    ["-", "real", 0.5, "real", 0.25, "real", 0.25],
    ["*", "long", 2, "long", 2, "long", 4],
    ["/", "long", 4, "long", 2, "long", 2],
    ["/", "long", 1, "long", 2, "long", 0],
    ["/", "long", -7, "long", 2, "long", -3],
    ["/", "real", 1, "long", 2, "real", 0.5],
    ["/", "long", 1, "real", 2, "real", 0.5],
    ["%", "long", 4, "long", 2, "long", 0],
    ["%", "long", -7, "long", 3, "long", 2],
    ["%", "long", 14, "long", 12, "long", 2],
    ["%", "long", -14, "long", 12, "long", 10],
    ["%", "long", 14, "long", -12, "long", 2],
    ["%", "long", -14, "long", -12, "long", 10],
    ["%", "long", -9223372036854775807n, "long", 10, "long", 3],
    ["%", "real", -14.5, "long", 12, "real", 9.5],
    ["/", "long", 1, "long", 0, "long", null],
    ["%", "long", 1, "long", 0, "long", null],
    ["/", "real", 1, "real", 0, "real", Infinity],
    ["+", "long", null, "long", 1, "long", null],
    ["+", "long", 9007199254740991, "long", 2, "long", 9007199254740993n],
    ["+", "long", 9223372036854775807n, "long", 1, "long", -9223372036854775808n],
    ["*", "long", 4294967296, "long", 4294967296, "long", 0],
    ["+", "dynamic", 2, "long", 3, "long", 5],
  ];

  test.each(rows)("%s: %s %s, %s %s", (op, aType, a, bType, b, resultType, expected) => {
    expect(call(op, [aType, bType], [a, b], resultType)).toEqual(expected);
  });
});

describe("datetimes and timespans", () => {
  const rows: Row[] = [
    ["-", "datetime", dt("2017-01-01T00:00:00Z"), "datetime", dt("2016-01-01T00:00:00Z"), "timespan", ts("366.00:00:00")],
    ["+", "datetime", dt("2026-04-20T00:00:00Z"), "timespan", ts("01:30:00"), "datetime", dt("2026-04-20T01:30:00Z")],
    ["+", "timespan", ts("1.00:00:00"), "datetime", dt("2026-04-20T00:00:00Z"), "datetime", dt("2026-04-21T00:00:00Z")],
    ["-", "datetime", dt("2026-04-20T00:00:00Z"), "timespan", ts("1.00:00:00"), "datetime", dt("2026-04-19T00:00:00Z")],
    ["+", "timespan", ts("00:01:00"), "timespan", ts("00:00:30"), "timespan", ts("00:01:30")],
    ["*", "timespan", ts("00:00:01"), "long", 5, "timespan", ts("00:00:05")],
    ["*", "long", 2, "timespan", ts("01:00:00"), "timespan", ts("02:00:00")],
    ["*", "timespan", ts("01:00:00"), "real", 1.5, "timespan", ts("01:30:00")],
    ["/", "timespan", ts("00:10:00"), "timespan", ts("00:00:01"), "real", 600],
    ["/", "timespan", ts("1.00:00:00"), "timespan", ts("01:00:00"), "real", 24],
    ["/", "timespan", ts("01:00:00"), "long", 4, "timespan", ts("00:15:00")],
    ["%", "timespan", ts("01:10:00"), "timespan", ts("01:00:00"), "timespan", ts("00:10:00")],
  ];

  test.each(rows)("%s: %s %s, %s %s", (op, aType, a, bType, b, resultType, expected) => {
    expect(call(op, [aType, bType], [a, b], resultType)).toEqual(expected);
  });

  test("unrelated types are unsupported", () => {
    expect(() => compileScalar("+", ["string", "long"], [undefined, undefined], "long")).toThrow(InputError);
  });
});

describe("negate", () => {
  const rows: [KustoType, Value, Value][] = [
    ["long", 5, -5],
    ["long", 0, 0],
    ["long", -9223372036854775807n, 9223372036854775807n],
    ["real", 2.5, -2.5],
    ["timespan", ts("01:00:00"), -ts("01:00:00")],
    ["long", null, null],
  ];

  test.each(rows)("%s %s", (type, value, expected) => {
    expect(call("negate", [type], [value], type)).toEqual(expected);
  });
});
