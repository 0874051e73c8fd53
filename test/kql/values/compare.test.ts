// Null ordering and equality follow
// https://learn.microsoft.com/kusto/query/scalar-data-types/null-values.
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import {
  compareNonNull,
  compareValues,
  groupKey,
  rowKey,
} from "../../../src/kql/values/index.js";

describe("compareValues", () => {
  const rows: [Value, Value, KustoType, number][] = [
    [null, 1, "long", -1],
    [1, null, "long", 1],
    [null, null, "long", 0],
    [2, 10, "long", -1],
    [9007199254740993n, 9007199254740992, "long", 1],
    ["B", "a", "string", -1],
    ["a", "a", "string", 0],
    [false, true, "bool", -1],
    [NaN, -Infinity, "real", -1],
    [3, 3, "dynamic", 0],
    ["b", "a", "dynamic", 1],
  ];

  test.each(rows)("%s vs %s as %s", (a, b, type, expected) => {
    expect(compareValues(a, b, type)).toBe(expected);
  });
});

describe("compareNonNull", () => {
  test("long and real compare numerically", () => {
    expect(compareNonNull(2, "long", 2.5, "real")).toBeLessThan(0);
  });

  test("dynamic converts to the other type", () => {
    expect(compareNonNull("general", "dynamic", "general", "string")).toBe(0);
    expect(compareNonNull(5, "dynamic", 5, "long")).toBe(0);
  });

  test("NaN compares as nothing", () => {
    expect(compareNonNull(NaN, "real", NaN, "real")).toBeNaN();
  });
});

describe("groupKey", () => {
  test("bags group regardless of key order", () => {
    expect(groupKey({ a: 1, b: 2 }, "dynamic")).toBe(groupKey({ b: 2, a: 1 }, "dynamic"));
  });

  test("dynamic string differs from array text", () => {
    expect(groupKey("[1]", "dynamic")).not.toBe(groupKey([1], "dynamic"));
  });

  test("dynamic number differs from string", () => {
    expect(groupKey(1, "dynamic")).not.toBe(groupKey("1", "dynamic"));
  });

  test("row keys separate values", () => {
    const types: KustoType[] = ["string", "string"];
    expect(rowKey(["a|b", "c"], types)).not.toBe(rowKey(["a", "b|c"], types));
    expect(rowKey(["a", null], ["string", "long"])).toBe(rowKey(["a", null], ["string", "long"]));
  });
});
