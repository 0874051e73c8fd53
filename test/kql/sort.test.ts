// Rules from https://learn.microsoft.com/kusto/query/sort-operator,
// https://learn.microsoft.com/kusto/query/top-operator,
// https://learn.microsoft.com/kusto/query/take-operator,
// https://learn.microsoft.com/kusto/query/distinct-operator and
// https://learn.microsoft.com/kusto/query/count-operator.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const R = { columns: "V:real", rows: [[5], [null], ["NaN"], [-5], ["Infinity"], [0]] };
const T = { columns: "Name:string, Size:long", rows: [["b", 2], ["a", 2], ["c", 1], ["a", 2]] };

describe("sort and friends", () => {
  runCases([
    { name: "sort is desc by default", query: "T | sort by Name", tables: { T }, rows: [["c", 1], ["b", 2], ["a", 2], ["a", 2]] },
    { name: "order is sort", query: "T | order by Size asc, Name asc", tables: { T }, rows: [["c", 1], ["a", 2], ["a", 2], ["b", 2]] },
    { name: "asc puts nulls and NaN first", query: "R | sort by V asc", tables: { R }, rows: [[null], ["NaN"], [-5], [0], [5], ["Infinity"]] },
    { name: "desc puts them last", query: "R | sort by V desc", tables: { R }, rows: [["Infinity"], [5], [0], [-5], ["NaN"], [null]] },
    { name: "asc nulls last", query: "R | sort by V asc nulls last", tables: { R }, rows: [[-5], [0], [5], ["Infinity"], ["NaN"], [null]] },
    { name: "desc nulls first", query: "R | sort by V desc nulls first", tables: { R }, rows: [[null], ["NaN"], ["Infinity"], [5], [0], [-5]] },
    { name: "top takes the highest", query: "T | top 2 by Name", tables: { T }, rows: [["c", 1], ["b", 2]] },
    { name: "top asc", query: "T | top 1 by Size asc", tables: { T }, rows: [["c", 1]] },
    { name: "take", query: "T | take 2", tables: { T }, rows: [["b", 2], ["a", 2]] },
    { name: "limit is take", query: "T | limit 1", tables: { T }, rows: [["b", 2]] },
    { name: "distinct columns", query: "T | distinct Name", tables: { T }, unordered: [["a"], ["b"], ["c"]] },
    { name: "distinct star", query: "T | distinct *", tables: { T }, unordered: [["a", 2], ["b", 2], ["c", 1]] },
    { name: "count", query: "T | count", tables: { T }, columns: ["Count:long"], rows: [[4]] },
    { name: "count of nothing", query: "T | where Size > 5 | count", tables: { T }, rows: [[0]] },
  ]);
});
