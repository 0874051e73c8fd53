// Examples and rules from https://learn.microsoft.com/kusto/query/mv-expand-operator.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const BAGS =
  'datatable(a:int, b:dynamic) [1, dynamic({"prop1": "a1", "prop2": "b1"}), 2, dynamic({"prop1": "a2", "prop2": "b2"})]';

describe("mv-expand", () => {
  runCases([
    {
      name: "array expansion",
      query: "datatable(a:int, b:dynamic) [1, dynamic([10, 20]), 2, dynamic(['a', 'b'])] | mv-expand b",
      columns: ["a:int", "b:dynamic"],
      rows: [[1, 10], [1, 20], [2, "a"], [2, "b"]],
    },
    {
      name: "bag expansion",
      query: `${BAGS} | mv-expand b`,
      rows: [[1, { prop1: "a1" }], [1, { prop2: "b1" }], [2, { prop1: "a2" }], [2, { prop2: "b2" }]],
    },
    {
      name: "bag to key-value pairs",
      query: `${BAGS} | mv-expand kind=array b | extend key = b[0], val = b[1]`,
      columns: ["a:int", "b:dynamic", "key:dynamic", "val:dynamic"],
      rows: [
        [1, ["prop1", "a1"], "prop1", "a1"],
        [1, ["prop2", "b1"], "prop2", "b1"],
        [2, ["prop1", "a2"], "prop1", "a2"],
        [2, ["prop2", "b2"], "prop2", "b2"],
      ],
    },
    {
      name: "bagexpansion=array",
      query: `${BAGS} | where a == 1 | mv-expand bagexpansion=array b`,
      rows: [[1, ["prop1", "a1"]], [1, ["prop2", "b1"]]],
    },
    {
      name: "two columns zipped",
      query: 'datatable(a:int, b:dynamic, c:dynamic) [1, dynamic({"prop1": "a", "prop2": "b"}), dynamic([5, 4, 3])] | mv-expand b, c',
      rows: [[1, { prop1: "a" }, 5], [1, { prop2: "b" }, 4], [1, null, 3]],
    },
    {
      name: "cartesian product",
      query: 'datatable(a:int, b:dynamic, c:dynamic) [1, dynamic({"prop1": "a", "prop2": "b"}), dynamic([5, 6])] | mv-expand b | mv-expand c',
      rows: [
        [1, { prop1: "a" }, 5],
        [1, { prop1: "a" }, 6],
        [1, { prop2: "b" }, 5],
        [1, { prop2: "b" }, 6],
      ],
    },
    {
      name: "typeof applies to its column",
      query: 'datatable(a:string, b:dynamic, c:dynamic) ["Constant", dynamic([1, 2, 3, 4]), dynamic([6, 7, 8, 9])] | mv-expand b, c to typeof(int)',
      columns: ["a:string", "b:dynamic", "c:int"],
      rows: [["Constant", 1, 6], ["Constant", 2, 7], ["Constant", 3, 8], ["Constant", 4, 9]],
    },
    {
      name: "typeof casts without parsing",
      query: 'print d = dynamic(["1", 2]) | mv-expand d to typeof(long)',
      columns: ["d:long"],
      rows: [[null], [2]],
    },
    {
      name: "with_itemindex",
      query: "range x from 1 to 4 step 1 | summarize x = make_list(x) | mv-expand with_itemindex=Index x",
      columns: ["x:dynamic", "Index:long"],
      rows: [[1, 0], [2, 1], [3, 2], [4, 3]],
    },
    {
      name: "no default limit",
      query: "range x from 1 to 200 step 1 | summarize x = make_list(x) | mv-expand x | count",
      rows: [[200]],
    },
    {
      name: "legacy mvexpand limit is 128",
      query: "range x from 1 to 200 step 1 | summarize x = make_list(x) | mvexpand x | count",
      rows: [[128]],
    },
  ]);
});
