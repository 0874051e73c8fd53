// Examples and rules from https://learn.microsoft.com/kusto/query/project-operator,
// https://learn.microsoft.com/kusto/query/project-away-operator,
// https://learn.microsoft.com/kusto/query/project-rename-operator and
// https://learn.microsoft.com/kusto/query/project-reorder-operator.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const SESSIONS = "print session_id = 1, session_title = 'x', owner = 'o', level = 2";
const A_COLUMNS = "print b = 'b', a2 = 'a2', a3 = 'a3', a1 = 'a1'";

describe("project", () => {
  runCases([
    {
      name: "order of the arguments",
      query: "print a = 1, b = 2, c = 3 | project c, a",
      columns: ["c:long", "a:long"],
      rows: [[3, 1]],
    },
    {
      name: "rename and compute",
      query:
        "print BeginLocation = 'LYDIA', InjuriesDirect = 10, InjuriesIndirect = 5 | project StartLocation = BeginLocation, TotalInjuries = InjuriesDirect + InjuriesIndirect | where TotalInjuries > 5",
      columns: ["StartLocation:string", "TotalInjuries:long"],
      rows: [["LYDIA", 15]],
    },
    {
      name: "generated name",
      query: "print a = 1 | project a * 2",
      columns: ["Column1:long"],
      rows: [[2]],
    },
  ]);
});

describe("project-away", () => {
  runCases([
    {
      name: "pattern removes columns",
      query: `${SESSIONS} | project-away session*`,
      columns: ["owner:string", "level:long"],
      rows: [["o", 2]],
    },
    {
      name: "several names keep order",
      query: "print a = 1, b = 2, c = 3, d = 4 | project-away c, a",
      columns: ["b:long", "d:long"],
      rows: [[2, 4]],
    },
    {
      name: "computed column",
      query: "print a = 1 | extend b = a + 1 | project-away a",
      columns: ["b:long"],
      rows: [[2]],
    },
  ]);
});

describe("project-rename", () => {
  runCases([
    {
      name: "keeps column order",
      query: "print a = 'a', b = 'b', c = 'c' | project-rename new_b = b, new_a = a",
      columns: ["new_a:string", "new_b:string", "c:string"],
      rows: [["a", "b", "c"]],
    },
  ]);
});

describe("project-reorder", () => {
  runCases([
    {
      name: "one column first",
      query: "print a = 'a', b = 'b', c = 'c' | project-reorder b",
      columns: ["b:string", "a:string", "c:string"],
      rows: [["b", "a", "c"]],
    },
    {
      name: "pattern ascending",
      query: `${A_COLUMNS} | project-reorder a* asc`,
      columns: ["a1:string", "a2:string", "a3:string", "b:string"],
      rows: [["a1", "a2", "a3", "b"]],
    },
    {
      name: "pattern descending",
      query: `${A_COLUMNS} | project-reorder a* desc`,
      columns: ["a3:string", "a2:string", "a1:string", "b:string"],
      rows: [["a3", "a2", "a1", "b"]],
    },
    {
      name: "pattern keeps source order",
      query: `${A_COLUMNS} | project-reorder a*`,
      columns: ["a2:string", "a3:string", "a1:string", "b:string"],
      rows: [["a2", "a3", "a1", "b"]],
    },
  ]);
});
