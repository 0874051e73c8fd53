// Pages:
// https://learn.microsoft.com/kusto/query/parse-json-function
// https://learn.microsoft.com/kusto/query/scalar-data-types/dynamic
// https://learn.microsoft.com/kusto/query/array-length-function
// https://learn.microsoft.com/kusto/query/gettype-function
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call } from "./call.js";

const metrics =
  '{"duration":{"value":118.0,"count":5.0,"min":100.0,"max":150.0,"stdDev":0.0,"sampledValue":118.0,"sum":118.0}}';

describe("parse_json", () => {
  const rows: [KustoType, Value, Value][] = [
    ["string", '{"a":1,"b":[true,null]}', { a: 1, b: [true, null] }],
    ["string", "[1,2]", [1, 2]],
    ["string", "123", 123],
    ["string", '"text"', "text"],
    ["string", "not json", "not json"],
    ["string", "", null],
    ["string", '{"a":9007199254740993}', { a: 9007199254740993n }],
    ["string", "[-9223372036854775808, 1234567890123456]", [-9223372036854775808n, 1234567890123456]],
    ["string", '{"s":"12345678901234567890","r":0.12345678901234567}', { s: "12345678901234567890", r: 0.12345678901234567 }],
    ["string", "[12345678901234567890123]", [12345678901234567890123]],
    ["dynamic", { a: 1 }, { a: 1 }],
    ["dynamic", '{"a":1}', '{"a":1}'],
    ["dynamic", null, null],
  ];

  test.each(rows)("%s %j", (type, input, expected) => {
    expect(call("parse_json", [type], [input])).toEqual(expected);
  });

  test("aliases parse too", () => {
    for (const name of ["todynamic", "parsejson", "toobject"]) {
      expect(call(name, ["string"], ["[1]"])).toEqual([1]);
    }
  });

  test("nested members of parsed text", () => {
    const parsed = call("parse_json", ["string"], [metrics]);
    const duration = call(".", ["dynamic", "string"], [parsed, "duration"]);
    expect(call(".", ["dynamic", "string"], [duration, "value"])).toBe(118);
    expect(call(".", ["dynamic", "string"], [duration, "min"])).toBe(100);
  });
});

describe("member access", () => {
  const rows: [KustoType, Value, string, Value][] = [
    ["dynamic", { Channel: "general" }, "Channel", "general"],
    ["dynamic", { Channel: "general" }, "Missing", null],
    ["dynamic", { a: { b: 2 } }, "a", { b: 2 }],
    ["dynamic", [1, 2], "a", null],
    ["dynamic", "text", "a", null],
    ["dynamic", null, "a", null],
    ["dynamic", {}, "constructor", null],
    ["string", '{"Channel":"general"}', "Channel", "general"],
    ["string", "not json", "Channel", null],
  ];

  test.each(rows)("%s %j . %s", (type, container, name, expected) => {
    expect(call(".", [type, "string"], [container, name])).toEqual(expected);
  });
});

describe("element access", () => {
  const rows: [Value, Value, Value][] = [
    [["a", "b", "c"], 0, "a"],
    [["a", "b", "c"], 2, "c"],
    [["a", "b", "c"], 3, null],
    [["a", "b", "c"], -1, "c"],
    [["a", "b", "c"], -3, "a"],
    [["a", "b", "c"], -4, null],
    [{ k: "v" }, "k", "v"],
    [{ k: "v" }, "x", null],
    [["a"], "k", null],
    [null, 0, null],
  ];

  test.each(rows)("%j [%j]", (container, key, expected) => {
    const keyType: KustoType = typeof key === "string" ? "string" : "long";
    expect(call("[]", ["dynamic", keyType], [container, key])).toEqual(expected);
  });
});

describe("array_length", () => {
  const rows: [Value, Value][] = [
    [[1, 2, 3], 3],
    [[], 0],
    [{ a: 1 }, null],
    ["text", null],
    [null, null],
  ];

  test.each(rows)("%j", (value, expected) => {
    expect(call("array_length", ["dynamic"], [value])).toBe(expected);
    expect(call("arraylength", ["dynamic"], [value])).toBe(expected);
  });
});
