// Examples and rules from https://learn.microsoft.com/kusto/query/let-statement.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runKnownDefects } from "./doc-cases.js";

const STATES = 'datatable(State:string, Other:long) ["TEXAS", 1, "IOWA", 2]';

describe("let statement", () => {
  runCases([
    {
      name: "bracketed name",
      query: "let ['some number'] = 20; range y from 0 to ['some number'] step 5",
      rows: [[0], [5], [10], [15], [20]],
    },
    {
      name: "scalar function",
      query: "let MultiplyByN = (val:long, n:long) { val * n }; range x from 1 to 5 step 1 | extend result = MultiplyByN(x, 5)",
      columns: ["x:long", "result:long"],
      rows: [[1, 5], [2, 10], [3, 15], [4, 20], [5, 25]],
    },
    {
      name: "function that trims",
      query: 'let TrimOnes = (s:string) { trim("1", s) }; range x from 10 to 15 step 1 | extend result = TrimOnes(tostring(x))',
      rows: [[10, "0"], [11, ""], [12, "2"], [13, "3"], [14, "4"], [15, "5"]],
    },
    {
      name: "function calls function",
      query:
        "let foo1 = (_start:long, _end:long, _step:long) { range x from _start to _end step _step }; let foo2 = (_step:long) { foo1(1, 100, _step) }; foo2(2) | count",
      rows: [[50]],
    },
    {
      name: "tabular argument with schema",
      query: `let StateState = (T: (State: string)) { T | extend s_s = strcat(State, State) }; ${STATES} | invoke StateState() | project State, s_s`,
      rows: [["TEXAS", "TEXASTEXAS"], ["IOWA", "IOWAIOWA"]],
    },
    {
      name: "tabular argument with wildcard",
      query: `let CountRecordsInTable = (T: (*)) { T | count }; ${STATES} | invoke CountRecordsInTable()`,
      rows: [[2]],
    },
    {
      name: "parameter hides outer name",
      query: "let n = 1; let f = (n: long) { n * 10 }; print r = f(5)",
      rows: [[50]],
    },
    {
      name: "let uses earlier let",
      query:
        "let start_time = datetime(2026-04-20 04:00); let end_time = start_time + 2h; datatable(Time:datetime) [datetime(2026-04-20 05:00), datetime(2026-04-20 07:00)] | where Time > start_time and Time < end_time",
      rows: [["2026-04-20T05:00:00Z"]],
    },
    {
      name: "let inside a function",
      query: "let f = (x: long) { let y = x * 2; y + 1 }; print b = f(1)",
      rows: [[3]],
    },
    {
      name: "function let reads a column",
      query: "let f = (x: long) { let y = x * 2; y + 1 }; print a = 1 | extend b = f(a)",
      rows: [[1, 3]],
    },
    {
      name: "function let per row",
      query: "let f = (x: long) { let y = x * 2; y + 1 }; range a from 1 to 3 step 1 | extend b = f(a)",
      rows: [[1, 3], [2, 5], [3, 7]],
    },
  ]);
});

// The let page includes a parameterless `view` in a union with a wildcard.
// Kusto.Language infers no columns for views a wildcard matches, so it
// rejects `where MyColumn == 5` with "unknown column", and the engine
// raises "unsupported" for the views.
describe("let statement known defects", () => {
  runKnownDefects([
    {
      name: "views in a wildcard union",
      query:
        "let Range10 = view () { range MyColumn from 1 to 10 step 1 }; let Range20 = view () { range MyColumn from 1 to 20 step 1 }; union withsource=T Range* | where MyColumn == 5 | order by T asc",
      rows: [["Range10", 5], ["Range20", 5]],
    },
  ]);
});
