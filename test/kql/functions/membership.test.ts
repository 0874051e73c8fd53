// Pages:
// https://learn.microsoft.com/kusto/query/in-operator
// https://learn.microsoft.com/kusto/query/in-cs-operator
// https://learn.microsoft.com/kusto/query/has-anyoperator
// https://learn.microsoft.com/kusto/query/has-all-operator
// https://learn.microsoft.com/kusto/query/between-operator
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call, dt, ts } from "./call.js";

describe("in family", () => {
  const rows: [string, KustoType[], Value[], boolean][] = [
    ["in", ["string", "string", "string"], ["Seattle", "Seattle", "Redmond"], true],
    ["in", ["string", "string"], ["seattle", "Seattle"], false],
    ["in~", ["string", "string"], ["seattle", "Seattle"], true],
    ["!in", ["string", "string", "string"], ["Tacoma", "Seattle", "Redmond"], true],
    ["!in~", ["string", "string"], ["SEATTLE", "seattle"], false],
    ["in", ["string", "dynamic"], ["b", ["a", "b"]], true],
    ["in", ["string", "dynamic"], ["c", ["a", "b"]], false],
    ["in", ["string", "dynamic"], ["x", []], false],
    ["!in", ["string", "dynamic"], ["x", []], true],
    ["in", ["long", "long", "long"], [3, 1, 3], true],
    ["in", ["long", "dynamic"], [2, [1, 2]], true],
    ["in", ["long", "long"], [null, 1], false],
    ["!in", ["long", "long"], [null, 1], true],
  ];

  test.each(rows)("%s with %j", (op, types, args, expected) => {
    expect(call(op, types, args)).toBe(expected);
  });
});

describe("has_any and has_all", () => {
  const rows: [string, Value[], boolean][] = [
    ["has_any", ["North America", "america", "europe"], true],
    ["has_any", ["North America", "asia", "europe"], false],
    ["has_any", ["North America", ["asia", "NORTH"]], true],
    ["has_any", ["Americas", "america"], false],
    ["has_all", ["North America", "north", "america"], true],
    ["has_all", ["North America", ["north", "asia"]], false],
  ];

  test.each(rows)("%s with %j", (op, args, expected) => {
    const types: KustoType[] = args.map((arg) => (Array.isArray(arg) ? "dynamic" : "string"));
    expect(call(op, types, args)).toBe(expected);
  });
});

describe("between", () => {
  const rows: [string, KustoType[], Value[], Value][] = [
    ["between", ["long", "long", "long"], [50, 50, 55], true],
    ["between", ["long", "long", "long"], [55, 50, 55], true],
    ["between", ["long", "long", "long"], [56, 50, 55], false],
    ["!between", ["long", "long", "long"], [56, 50, 55], true],
    ["between", ["real", "long", "long"], [50.5, 50, 55], true],
    [
      "between",
      ["datetime", "datetime", "datetime"],
      [dt("2007-07-28T00:00:00Z"), dt("2007-07-27T00:00:00Z"), dt("2007-07-30T00:00:00Z")],
      true,
    ],
    [
      "between",
      ["datetime", "datetime", "timespan"],
      [dt("2007-07-30T00:00:00Z"), dt("2007-07-27T00:00:00Z"), ts("3.00:00:00")],
      true,
    ],
    [
      "between",
      ["datetime", "datetime", "timespan"],
      [dt("2007-07-30T00:00:01Z"), dt("2007-07-27T00:00:00Z"), ts("3.00:00:00")],
      false,
    ],
    ["between", ["long", "long", "long"], [null, 1, 2], null],
  ];

  test.each(rows)("%s %j", (op, types, args, expected) => {
    expect(call(op, types, args)).toBe(expected);
  });
});
