// Pages:
// https://learn.microsoft.com/kusto/query/round-function
// https://learn.microsoft.com/kusto/query/abs-function
// https://learn.microsoft.com/kusto/query/log-function
// https://learn.microsoft.com/kusto/query/pow-function
// https://learn.microsoft.com/kusto/query/isnan-function
// https://learn.microsoft.com/kusto/query/max-of-function
// https://learn.microsoft.com/kusto/query/tohex-function
// https://learn.microsoft.com/kusto/query/binary-and-function
// https://learn.microsoft.com/kusto/query/gettype-function
import { describe, expect, test } from "vitest";
import { runCases } from "../engine-cases.js";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call, ts } from "./call.js";

describe("round", () => {
  const rows: [number, number | undefined, number][] = [
    [2.98765, 3, 2.988],
    [2.15, 1, 2.2],
    [2.15, undefined, 2],
    [-50.55, -2, -100],
    [21.5, -1, 20],
    [2.5, 0, 3],
    [-2.5, 0, -3],
  ];

  test.each(rows)("round(%d, %s)", (value, precision, expected) => {
    const args: Value[] = precision === undefined ? [value] : [value, precision];
    const types: KustoType[] = precision === undefined ? ["real"] : ["real", "long"];
    expect(call("round", types, args)).toBe(expected);
  });
});

describe("real functions", () => {
  const rows: [string, Value[], Value][] = [
    ["abs", [-5], 5],
    ["abs", [-2.5], 2.5],
    ["abs", [null], null],
    ["log", [Math.E], 1],
    ["log10", [1000], 3],
    ["log2", [8], 3],
    ["exp", [0], 1],
    ["exp10", [2], 100],
    ["pow", [2, 10], 1024],
    ["sqrt", [16], 4],
    ["sqrt", [-1], NaN],
    ["sign", [-3], -1],
    ["ceiling", [1.2], 2],
    ["isnan", [NaN], true],
    ["isnan", [1], false],
    ["isinf", [-Infinity], true],
    ["isfinite", [1], true],
    ["isfinite", [NaN], false],
  ];

  test.each(rows)("%s(%j)", (fn, args, expected) => {
    expect(call(fn, args.map(() => "real" as KustoType), args)).toEqual(expected);
  });

  test("abs of timespan", () => {
    expect(call("abs", ["timespan"], [-ts("01:00:00")])).toBe(ts("01:00:00"));
  });
});

describe("max_of and min_of", () => {
  test("picks extremes", () => {
    expect(call("max_of", ["long", "long", "long"], [10, 1, 7], "long")).toBe(10);
    expect(call("min_of", ["long", "long", "long"], [10, 1, 7], "long")).toBe(1);
  });

  test("ignores nulls", () => {
    expect(call("max_of", ["long", "long"], [null, 3], "long")).toBe(3);
    expect(call("max_of", ["long", "long"], [null, null], "long")).toBe(null);
  });
});

describe("tohex and binary", () => {
  const rows: [Value[], string][] = [
    [[256], "100"],
    [[-256], "ffffffffffffff00"],
    [[255], "ff"],
    [[256, 8], "00000100"],
    [[256, 2], "100"],
  ];

  test.each(rows)("tohex%j", (args, expected) => {
    expect(call("tohex", args.map(() => "long" as KustoType), args)).toBe(expected);
  });

  test("binary operations", () => {
    expect(call("binary_and", ["long", "long"], [6, 3])).toBe(2);
    expect(call("binary_or", ["long", "long"], [6, 3])).toBe(7);
    expect(call("binary_xor", ["long", "long"], [6, 3])).toBe(5);
    expect(call("binary_not", ["long"], [100])).toBe(-101);
    expect(call("binary_shift_left", ["long", "long"], [1, 4])).toBe(16);
    expect(call("binary_shift_right", ["long", "long"], [-16, 2])).toBe(-4);
  });
});

describe("gettype", () => {
  const rows: [KustoType, Value, string][] = [
    ["string", "a", "string"],
    ["long", 111, "long"],
    ["bool", true, "bool"],
    ["datetime", 0, "datetime"],
    ["timespan", 0, "timespan"],
    ["real", 123.45, "real"],
    ["guid", "74be27de-1e4e-49d9-b579-fe0b331d3642", "guid"],
    ["dynamic", 1, "int"],
    ["dynamic", "abc", "string"],
    ["dynamic", { abc: 1 }, "dictionary"],
    ["dynamic", [1, 2, 3], "array"],
    ["dynamic", null, "null"],
  ];

  test.each(rows)("%s %j", (type, value, expected) => {
    expect(call("gettype", [type], [value])).toBe(expected);
  });
});

describe("gettype of parsed json", () => {
  runCases([
    {
      name: "empty text is null",
      query: "print a = gettype(parse_json('')), b = isnull(parse_json(''))",
      rows: [["null", true]],
    },
    {
      name: "long member keeps digits",
      query: `print a = tolong(parse_json('{"a":9007199254740993}').a), t = gettype(parse_json('{"a":9007199254740993}').a)`,
      rows: [[9007199254740993n, "long"]],
    },
  ]);
});
