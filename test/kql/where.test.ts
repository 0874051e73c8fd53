// Rules from https://learn.microsoft.com/kusto/query/where-operator and
// https://learn.microsoft.com/kusto/query/logical-operators (null handling).
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const T = {
  columns: "Name:string, Count:long, Ok:bool",
  rows: [
    ["a", 1, true],
    ["b", 5, false],
    ["c", null, null],
  ],
};

describe("where", () => {
  runCases([
    { name: "keeps true rows", query: "T | where Count > 2", tables: { T }, rows: [["b", 5, false]] },
    { name: "drops null predicate", query: "T | where Count < 10", tables: { T }, rows: [["a", 1, true], ["b", 5, false]] },
    { name: "filter is a synonym", query: "T | filter Name == 'a'", tables: { T }, rows: [["a", 1, true]] },
    { name: "and with null is false or null", query: "T | where Ok and Count > 0", tables: { T }, rows: [["a", 1, true]] },
    { name: "or with null true wins", query: "T | where Ok or Name == 'c'", tables: { T }, rows: [["a", 1, true], ["c", null, null]] },
    { name: "not of null stays null", query: "T | where not(Ok)", tables: { T }, rows: [["b", 5, false]] },
    { name: "isnull finds nulls", query: "T | where isnull(Count)", tables: { T }, rows: [["c", null, null]] },
    { name: "empty input", query: "T | where Count > 0", tables: { T: { columns: T.columns, rows: [] } }, rows: [] },
  ]);
});
