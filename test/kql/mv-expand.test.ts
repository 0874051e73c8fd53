// Rules from https://learn.microsoft.com/kusto/query/mv-expand-operator.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const T = {
  columns: "Id:long, A:dynamic, B:dynamic",
  rows: [
    [1, [10, 20, 30], { x: 1, y: "z" }],
    [2, [], null],
    [3, null, [7]],
  ],
};

describe("mv-expand", () => {
  runCases([
    {
      name: "expands an array",
      query: "T | where Id == 1 | mv-expand A | project Id, A",
      tables: { T },
      rows: [[1, 10], [1, 20], [1, 30]],
    },
    { name: "empty array gives no rows", query: "T | where Id == 2 | mv-expand A", tables: { T }, rows: [] },
    { name: "null gives one row", query: "T | where Id == 3 | mv-expand A | project Id, A", tables: { T }, rows: [[3, null]] },
    {
      name: "parallel with null padding",
      query: "T | where Id == 1 | mv-expand A, B",
      tables: { T },
      rows: [[1, 10, { x: 1 }], [1, 20, { y: "z" }], [1, 30, null]],
    },
    {
      name: "kind array gives pairs",
      query: "T | where Id == 1 | mv-expand kind=array B | project B",
      tables: { T },
      rows: [[["x", 1]], [["y", "z"]]],
    },
    {
      name: "with_itemindex and limit",
      query: "T | where Id == 1 | mv-expand with_itemindex=I A limit 2 | project Id, A, I",
      tables: { T },
      columns: ["Id:long", "A:dynamic", "I:long"],
      rows: [[1, 10, 0], [1, 20, 1]],
    },
    {
      name: "to typeof casts",
      query: "print d = dynamic([1, 'two', 3.5]) | mv-expand d to typeof(long)",
      columns: ["d:long"],
      rows: [[1], [null], [null]],
    },
    {
      name: "named expression adds a column",
      query: "T | where Id == 3 | mv-expand N = B | project Id, N",
      tables: { T },
      rows: [[3, 7]],
    },
    {
      name: "path gets underscore name",
      query: "print d = dynamic({'a': [1, 2]}) | mv-expand d.a",
      columns: ["d:dynamic", "d_a:dynamic"],
      rows: [[{ a: [1, 2] }, 1], [{ a: [1, 2] }, 2]],
    },
    {
      name: "legacy mvexpand",
      query: "T | where Id == 1 | mvexpand A | count",
      tables: { T },
      rows: [[3]],
    },
  ]);
});
