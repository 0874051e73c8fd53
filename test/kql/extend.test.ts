// Rules from https://learn.microsoft.com/kusto/query/extend-operator and
// https://learn.microsoft.com/kusto/query/column-ifexists-function.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const T = { columns: "A:long, B:string", rows: [[1, "x"], [2, "y"]] };

describe("extend", () => {
  runCases([
    {
      name: "adds columns at the end",
      query: "T | extend C = A * 10, D = strcat(B, '!')",
      tables: { T },
      columns: ["A:long", "B:string", "C:long", "D:string"],
      rows: [[1, "x", 10, "x!"], [2, "y", 20, "y!"]],
    },
    {
      name: "items cannot see each other",
      query: "T | extend C = A + 1, D = C * 2",
      tables: { T },
      error: { kind: "semantic", message: "unknown column 'C'", line: 1, column: 27 },
    },
    {
      name: "existing name replaces in place",
      query: "T | extend A = A + 100",
      tables: { T },
      columns: ["A:long", "B:string"],
      rows: [[101, "x"], [102, "y"]],
    },
    {
      name: "items read the input row",
      query: "T | extend A = A + 10, C = A",
      tables: { T },
      columns: ["A:long", "B:string", "C:long"],
      rows: [[11, "x", 1], [12, "y", 2]],
    },
    {
      name: "unnamed expression gets Column1",
      query: "T | extend A * 2",
      tables: { T },
      columns: ["A:long", "B:string", "Column1:long"],
      rows: [[1, "x", 2], [2, "y", 4]],
    },
    {
      name: "column_ifexists takes the column",
      query: "T | extend C = column_ifexists('B', 'none')",
      tables: { T },
      rows: [[1, "x", "x"], [2, "y", "y"]],
    },
    {
      name: "column_ifexists falls back",
      query: "T | extend C = columnifexists('Missing', 'none')",
      tables: { T },
      rows: [[1, "x", "none"], [2, "y", "none"]],
    },
    {
      name: "iff picks by condition",
      query: "T | extend C = iff(A > 1, 'big', 'small')",
      tables: { T },
      rows: [[1, "x", "small"], [2, "y", "big"]],
    },
    {
      name: "case falls through to default",
      query: "T | extend C = case(A == 5, 'five', B == 'y', 'why', 'other')",
      tables: { T },
      rows: [[1, "x", "other"], [2, "y", "why"]],
    },
    {
      name: "dynamic member access",
      query: "print d = dynamic({'a': {'b': [10, 20]}}) | extend x = d.a.b[1], y = d['a']['b'][0]",
      columns: ["d:dynamic", "x:dynamic", "y:dynamic"],
      rows: [[{ a: { b: [10, 20] } }, 20, 10]],
    },
  ]);
});
