// Rules from https://learn.microsoft.com/kusto/query/project-operator,
// https://learn.microsoft.com/kusto/query/project-away-operator,
// https://learn.microsoft.com/kusto/query/project-keep-operator,
// https://learn.microsoft.com/kusto/query/project-rename-operator and
// https://learn.microsoft.com/kusto/query/project-reorder-operator.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const T = { columns: "A:long, B:string, C1:bool, C2:bool", rows: [[1, "x", true, false]] };

describe("project family", () => {
  runCases([
    {
      name: "project selects and renames",
      query: "T | project B, Renamed = A, Doubled = A * 2",
      tables: { T },
      columns: ["B:string", "Renamed:long", "Doubled:long"],
      rows: [["x", 1, 2]],
    },
    {
      name: "project-away drops columns",
      query: "T | project-away A",
      tables: { T },
      columns: ["B:string", "C1:bool", "C2:bool"],
      rows: [["x", true, false]],
    },
    {
      name: "project-away takes wildcards",
      query: "T | project-away C*",
      tables: { T },
      columns: ["A:long", "B:string"],
      rows: [[1, "x"]],
    },
    {
      name: "project-away skips a pattern that matches nothing",
      query: "T | project-away A, *9, C*",
      tables: { T },
      columns: ["B:string"],
      rows: [["x"]],
    },
    {
      name: "project-away rejects an unknown plain name",
      query: "T | project-away Missing",
      tables: { T },
      error: { kind: "semantic", message: "column name expected", column: 18 },
    },
    {
      name: "project-keep keeps wildcards",
      query: "T | project-keep C*",
      tables: { T },
      columns: ["C1:bool", "C2:bool"],
      rows: [[true, false]],
    },
    {
      name: "project-rename keeps position",
      query: "T | project-rename Name = B",
      tables: { T },
      columns: ["A:long", "Name:string", "C1:bool", "C2:bool"],
      rows: [[1, "x", true, false]],
    },
    {
      name: "project-reorder moves to front",
      query: "T | project-reorder C2, B",
      tables: { T },
      columns: ["C2:bool", "B:string", "A:long", "C1:bool"],
      rows: [[false, "x", 1, true]],
    },
  ]);
});
