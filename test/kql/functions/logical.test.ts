// Pages:
// https://learn.microsoft.com/kusto/query/logical-operators
// https://learn.microsoft.com/kusto/query/iff-function
// https://learn.microsoft.com/kusto/query/case-function
// https://learn.microsoft.com/kusto/query/coalesce-function
// https://learn.microsoft.com/kusto/query/isempty-function
// https://learn.microsoft.com/kusto/query/isnull-function
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call } from "./call.js";

describe("and, or, not", () => {
  const rows: [string, Value[], Value][] = [
    ["and", [true, true], true],
    ["and", [true, false], false],
    ["and", [false, null], false],
    ["and", [true, null], null],
    ["or", [false, false], false],
    ["or", [true, null], true],
    ["or", [false, null], null],
    ["not", [true], false],
    ["not", [null], null],
  ];

  test.each(rows)("%s %j", (op, args, expected) => {
    expect(call(op, args.map(() => "bool" as KustoType), args)).toBe(expected);
  });
});

describe("conditionals", () => {
  test("iff picks by condition", () => {
    expect(call("iff", ["bool", "string", "string"], [true, "a", "b"])).toBe("a");
    expect(call("iif", ["bool", "string", "string"], [false, "a", "b"])).toBe("b");
  });

  test("iff treats null as false", () => {
    expect(call("iff", ["bool", "long", "long"], [null, 1, 2])).toBe(2);
  });

  test("case takes first true", () => {
    const types: KustoType[] = ["bool", "string", "bool", "string", "string"];
    expect(call("case", types, [false, "a", true, "b", "c"])).toBe("b");
    expect(call("case", types, [false, "a", null, "b", "c"])).toBe("c");
  });
});

describe("coalesce", () => {
  test("first non-null value", () => {
    expect(call("coalesce", ["long", "long", "long"], [null, 10, 20], "long")).toBe(10);
  });

  test("skips empty strings", () => {
    expect(call("coalesce", ["string", "string"], ["", "x"], "string")).toBe("x");
  });

  test("all empty gives empty", () => {
    expect(call("coalesce", ["string", "string"], ["", ""], "string")).toBe("");
    expect(call("coalesce", ["long"], [null], "long")).toBe(null);
  });
});

describe("emptiness and nullness", () => {
  const rows: [string, KustoType, Value, boolean][] = [
    ["isempty", "string", "", true],
    ["isempty", "string", "a", false],
    ["isempty", "long", null, true],
    ["isempty", "dynamic", null, true],
    ["isnotempty", "string", "", false],
    ["isnotempty", "string", "x", true],
    ["isnull", "long", null, true],
    ["isnull", "string", "", false],
    ["isnotnull", "long", 0, true],
    ["notnull", "dynamic", null, false],
  ];

  test.each(rows)("%s(%s %j)", (fn, type, value, expected) => {
    expect(call(fn, [type], [value])).toBe(expected);
  });
});
