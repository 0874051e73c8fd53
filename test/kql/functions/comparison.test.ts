// Pages:
// https://learn.microsoft.com/kusto/query/numerical-operators
// https://learn.microsoft.com/kusto/query/datatypes-string-operators
// https://learn.microsoft.com/kusto/query/scalar-data-types/null-values
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call, dt, ts } from "./call.js";

type Row = [string, KustoType, Value, KustoType, Value, Value];

describe("comparison operators", () => {
  const rows: Row[] = [
    ["==", "long", 1, "long", 1, true],
    ["!=", "long", 1, "long", 0, true],
    ["<", "long", 1, "long", 10, true],
    [">", "real", 0.23, "real", 0.22, true],
    ["<=", "long", 4, "long", 5, true],
    [">=", "long", 5, "long", 4, true],
    ["<", "timespan", ts("00:00:10"), "timespan", ts("01:00:00"), true],
    [">", "timespan", ts("00:10:00"), "timespan", ts("00:00:01"), true],
    ["<", "datetime", dt("2026-04-20T00:00:00Z"), "datetime", dt("2100-01-01T00:00:00Z"), true],
    ["==", "long", 2, "real", 2.0, true],
    ["<", "long", 2, "real", 2.5, true],
    ["==", "string", "aBc", "string", "aBc", true],
    ["!=", "string", "abc", "string", "ABC", true],
    ["==", "string", "abc", "string", "ABC", false],
    ["=~", "string", "abc", "string", "ABC", true],
    ["!~", "string", "aBc", "string", "xyz", true],
    ["!~", "string", "aBc", "string", "ABC", false],
    ["==", "dynamic", "general", "string", "general", true],
    ["==", "dynamic", 4, "long", 4, true],
    ["=~", "dynamic", "General", "string", "general", true],
    ["==", "real", NaN, "real", NaN, false],
    ["!=", "real", NaN, "real", NaN, true],
  ];

  test.each(rows)("%s: %s %s vs %s %s", (op, aType, a, bType, b, expected) => {
    expect(call(op, [aType, bType], [a, b])).toBe(expected);
  });
});

describe("null rules", () => {
  const rows: [string, Value, Value, Value][] = [
    ["==", null, null, null],
    ["==", null, 5, false],
    ["==", 5, null, false],
    ["!=", null, null, null],
    ["!=", null, 5, true],
    [">", null, 3, null],
    ["<=", 3, null, null],
  ];

  test.each(rows)("%s on %s and %s", (op, a, b, expected) => {
    expect(call(op, ["long", "long"], [a, b])).toBe(expected);
  });
});
