// Pages:
// https://learn.microsoft.com/kusto/query/pack-array-function
// https://learn.microsoft.com/kusto/query/bag-pack-function
// https://learn.microsoft.com/kusto/query/bag-keys-function
// https://learn.microsoft.com/kusto/query/bag-merge-function
// https://learn.microsoft.com/kusto/query/array-concat-function
// https://learn.microsoft.com/kusto/query/array-slice-function
// https://learn.microsoft.com/kusto/query/array-index-of-function
// https://learn.microsoft.com/kusto/query/array-sort-asc-function
// https://learn.microsoft.com/kusto/query/array-sort-desc-function
// https://learn.microsoft.com/kusto/query/set-intersect-function
// https://learn.microsoft.com/kusto/query/set-union-function
// https://learn.microsoft.com/kusto/query/set-difference-function
// https://learn.microsoft.com/kusto/query/set-has-element-function
// https://learn.microsoft.com/kusto/query/zip-function
// https://learn.microsoft.com/kusto/query/strcat-array-function
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call, dt } from "./call.js";

const dynamics = (count: number): KustoType[] => Array.from({ length: count }, () => "dynamic");

describe("building", () => {
  test("pack_array converts values", () => {
    const types: KustoType[] = ["long", "string", "datetime"];
    expect(call("pack_array", types, [1, "a", dt("2026-04-20T00:00:00Z")])).toEqual([
      1,
      "a",
      "2026-04-20T00:00:00Z",
    ]);
  });

  test("bag_pack pairs keys", () => {
    const types: KustoType[] = ["string", "long", "string", "string"];
    expect(call("bag_pack", types, ["Level", 1, "Name", "x"])).toEqual({ Level: 1, Name: "x" });
    expect(call("pack", types, ["Level", 1, "Name", "x"])).toEqual({ Level: 1, Name: "x" });
  });

  test("bag_keys lists keys", () => {
    expect(call("bag_keys", ["dynamic"], [{ a: 1, b: { c: 2 } }])).toEqual(["a", "b"]);
    expect(call("bag_keys", ["dynamic"], [[1]])).toBe(null);
  });

  test("bag_merge keeps leftmost", () => {
    const left = { A1: 12, B1: 2, C1: 3 };
    const right = { A2: 81, B2: 82, A1: 1 };
    expect(call("bag_merge", dynamics(2), [left, right])).toEqual({ A1: 12, B1: 2, C1: 3, A2: 81, B2: 82 });
  });

  test("bag_remove_keys drops keys", () => {
    expect(call("bag_remove_keys", dynamics(2), [{ a: 1, b: 2 }, ["a"]])).toEqual({ b: 2 });
  });
});

describe("arrays", () => {
  test("array_concat joins", () => {
    expect(call("array_concat", dynamics(2), [[1, 2], [3]])).toEqual([1, 2, 3]);
    expect(call("array_concat", dynamics(2), [[1], "x"])).toBe(null);
  });

  const slices: [Value[], number, number, Value[]][] = [
    [[1, 2, 3], 1, 2, [2, 3]],
    [[1, 2, 3, 4, 5], 2, -1, [3, 4, 5]],
    [[1, 2, 3, 4, 5], -3, -2, [3, 4]],
    [[1, 2, 3], 1, 10, [2, 3]],
    [[1, 2, 3], 5, 6, []],
  ];

  test.each(slices)("array_slice(%j, %d, %d)", (array, start, end, expected) => {
    expect(call("array_slice", ["dynamic", "long", "long"], [array, start, end])).toEqual(expected);
  });

  const lookups: [Value[], Value[], Value][] = [
    [[1, 2, 3, 4, 5], [3], 2],
    [["a", "b", "c"], ["z"], -1],
    [[1, 2, 3, 1, 2, 3], [3, 0, -1, 2], 5],
    [[1, 2, 3, 1, 2, 3], [3, -2], 5],
  ];

  test.each(lookups)("array_index_of(%j, %j)", (array, rest, expected) => {
    const types: KustoType[] = ["dynamic", ...rest.map(() => "long" as KustoType)];
    expect(call("array_index_of", types, [array, ...rest])).toBe(expected);
  });

  test("array_sort_asc orders", () => {
    expect(call("array_sort_asc", ["dynamic"], [[1, 3, 4, 5, 2]])).toEqual([1, 2, 3, 4, 5]);
    expect(call("array_sort_asc", ["dynamic"], [["John", "Paul", "George", "Ringo"]])).toEqual([
      "George",
      "John",
      "Paul",
      "Ringo",
    ]);
  });

  test("array_sort_desc orders", () => {
    expect(call("array_sort_desc", ["dynamic"], [[1, 3, 4, 5, 2]])).toEqual([5, 4, 3, 2, 1]);
  });

  test("nulls go last by default", () => {
    expect(call("array_sort_asc", ["dynamic"], [[2, null, 1]])).toEqual([1, 2, null]);
    expect(call("array_sort_asc", ["dynamic", "bool"], [[2, null, 1], false])).toEqual([null, 1, 2]);
  });

  test("numbers before strings", () => {
    expect(call("array_sort_asc", ["dynamic"], [["b", 2, "a", 1]])).toEqual([1, 2, "a", "b"]);
  });

  test("array_reverse and array_sum", () => {
    expect(call("array_reverse", ["dynamic"], [[1, "a", null]])).toEqual([null, "a", 1]);
    expect(call("array_sum", ["dynamic"], [[1, 2.5, 3]])).toBe(6.5);
  });
});

describe("sets", () => {
  test("set_intersect keeps common", () => {
    expect(call("set_intersect", dynamics(3), [[1, 2, 3], [1, 2], [1, 4]])).toEqual([1]);
  });

  test("set_union keeps distinct", () => {
    expect(call("set_union", dynamics(2), [[1, 2, 2], [2, 3]])).toEqual([1, 2, 3]);
  });

  test("set_difference removes others", () => {
    expect(call("set_difference", dynamics(3), [[1, 2, 3], [1, 2], [1, 4]])).toEqual([3]);
  });

  test("set_has_element finds value", () => {
    expect(call("set_has_element", ["dynamic", "string"], [["this", "is", "an", "example"], "example"])).toBe(true);
    expect(call("set_has_element", ["dynamic", "long"], [[1, 2, 3], 4])).toBe(false);
  });
});

describe("zip and strcat_array", () => {
  test("zip pairs elements", () => {
    expect(call("zip", dynamics(2), [[1, 3, 5], [2, 4, 6]])).toEqual([[1, 2], [3, 4], [5, 6]]);
  });

  test("zip pads with null", () => {
    expect(call("zip", dynamics(2), [[1, 3, 5], [2]])).toEqual([[1, 2], [3, null], [5, null]]);
  });

  test("strcat_array joins text", () => {
    expect(call("strcat_array", ["dynamic", "string"], [[1, "b", { c: 1 }], "-"])).toBe('1-b-{"c":1}');
    expect(call("strcat_array", ["dynamic", "string"], [["John", "Paul"], ","])).toBe("John,Paul");
  });
});
