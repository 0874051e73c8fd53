// Rules from https://learn.microsoft.com/kusto/query/let-statement,
// https://learn.microsoft.com/kusto/query/functions/user-defined-functions,
// https://learn.microsoft.com/kusto/query/materialize-function and
// https://learn.microsoft.com/kusto/query/toscalar-function.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const T = { columns: "User:string, Size:long", rows: [["a", 1], ["b", 5], ["c", 9]] };

describe("let and functions", () => {
  runCases([
    { name: "scalar constant", query: "let limit = 4; T | where Size > limit", tables: { T }, rows: [["b", 5], ["c", 9]] },
    { name: "computed scalar", query: "let limit = 2 * 2; T | where Size > limit | count", tables: { T }, rows: [[2]] },
    { name: "dynamic list", query: "let names = dynamic(['a', 'c']); T | where User in (names) | count", tables: { T }, rows: [[2]] },
    { name: "empty dynamic list", query: "let names = dynamic([]); T | where User !in (names) | count", tables: { T }, rows: [[3]] },
    { name: "tabular let", query: "let big = T | where Size > 4; big | count", tables: { T }, rows: [[2]] },
    {
      name: "tabular let used twice",
      query: "let big = T | where Size > 4; big | join kind=inner (big) on User | project User",
      tables: { T },
      unordered: [["b"], ["c"]],
    },
    {
      name: "in with a table",
      query: "let small = T | where Size < 3 | project User; T | where User !in (small) | project User",
      tables: { T },
      unordered: [["b"], ["c"]],
    },
    { name: "scalar function", query: "let twice = (x: long) { x * 2 }; T | extend D = twice(Size) | project D", tables: { T }, rows: [[2], [10], [18]] },
    {
      name: "default parameter",
      query: "let add = (x: long, y: long = 100) { x + y }; print a = add(1), b = add(1, 2)",
      rows: [[101, 3]],
    },
    {
      name: "named argument",
      query: "let add = (x: long, y: long = 100, z: long = 1000) { x + y + z }; print a = add(1, z = 2), b = add(y = 3, x = 4)",
      rows: [[103, 1007]],
    },
    {
      name: "tabular function",
      query: "let over = (n: long) { T | where Size > n }; over(4) | count",
      tables: { T },
      rows: [[2]],
    },
    {
      name: "tabular parameter",
      query: "let top1 = (data: (Size: long)) { data | top 1 by Size }; top1(T)",
      tables: { T },
      rows: [["c", 9]],
    },
    { name: "toscalar", query: "let most = toscalar(T | summarize max(Size)); T | where Size == most", tables: { T }, rows: [["c", 9]] },
    { name: "materialize", query: "let m = materialize(T | where Size > 1); m | union m | count", tables: { T }, rows: [[4]] },
    { name: "let of ago", query: "let since = ago(1h); print since", rows: [["2026-04-20T08:00:00Z"]] },
  ]);
});
