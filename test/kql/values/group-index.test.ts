// Groups follow the equality of `summarize by`
// (https://learn.microsoft.com/kusto/query/summarize-operator): nulls
// group together, and property bags group by their members whatever their
// key order.
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { GroupIndex } from "../../../src/kql/values/group-index.js";

/** Returns the group number of each tuple, numbering groups from 0. */
function groupNumbers(
  types: readonly KustoType[],
  tuples: readonly (readonly Value[])[],
): number[] {
  let next = 0;
  const index = new GroupIndex(types, () => next++);
  return tuples.map((tuple) => index.entryOf(tuple));
}

describe("GroupIndex", () => {
  test("one key", () => {
    const tuples = [["a"], ["b"], ["a"], [""], ["b"]];

    expect(groupNumbers(["string"], tuples)).toEqual([0, 1, 0, 2, 1]);
  });

  test("shared prefixes", () => {
    const tuples = [
      ["m", "u1", "i1"],
      ["m", "u1", "i2"],
      ["m", "u2", "i1"],
      ["m", "u1", "i1"],
      ["n", "u1", "i1"],
      ["m", "u1", "i2"],
      ["m", "u2", "i1"],
    ];
    const types: KustoType[] = ["string", "string", "string"];

    expect(groupNumbers(types, tuples)).toEqual([0, 1, 2, 0, 3, 1, 2]);
  });

  test("nulls, NaN and zeros", () => {
    const tuples: Value[][] = [
      [null, NaN],
      [null, NaN],
      [null, 0],
      [null, -0],
      [1, null],
      [1, null],
    ];

    expect(groupNumbers(["long", "real"], tuples)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  test("bags by members", () => {
    const tuples: Value[][] = [
      [{ a: 1, b: 2 }, "x"],
      [{ b: 2, a: 1 }, "x"],
      ['{"a":1,"b":2}', "x"],
      [{ a: 1, b: 2 }, "y"],
    ];

    expect(groupNumbers(["dynamic", "string"], tuples)).toEqual([0, 0, 1, 2]);
  });

  test("no keys", () => {
    expect(groupNumbers([], [[], [], []])).toEqual([0, 0, 0]);
  });

  test("entries in first order", () => {
    const index = new GroupIndex<string>(["string", "long"], () => "state");
    for (const tuple of [["b", 2], ["a", 1], ["b", 2], ["b", 3]]) {
      index.entryOf(tuple);
    }

    expect(index.size).toBe(3);
    expect(index.entries().map((group) => group.keys)).toEqual([
      ["b", 2],
      ["a", 1],
      ["b", 3],
    ]);
  });

  test("keeps a copy of the keys", () => {
    const index = new GroupIndex<number>(["string"], () => 0);
    const keys: Value[] = ["a"];
    index.entryOf(keys);
    keys[0] = "changed";

    expect(index.entries()[0].keys).toEqual(["a"]);
  });
});
