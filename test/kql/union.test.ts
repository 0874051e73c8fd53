// Rules from https://learn.microsoft.com/kusto/query/union-operator.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const A = { columns: "Name:string, Size:long", rows: [["a", 1]] };
const B = { columns: "Name:string, Size:string, Extra:bool", rows: [["b", "big", true]] };
const Ab = { columns: "Name:string", rows: [["ab"]] };

describe("union", () => {
  runCases([
    {
      name: "outer union by name",
      query: "union A, (B | project Name, Extra)",
      tables: { A, B },
      columns: ["Name:string", "Size:long", "Extra:bool"],
      unordered: [["a", 1, null], ["b", null, true]],
    },
    {
      name: "types differ get suffixes",
      query: "union A, B",
      tables: { A, B },
      columns: ["Name:string", "Size_long:long", "Size_string:string", "Extra:bool"],
      unordered: [["a", 1, "", null], ["b", null, "big", true]],
    },
    {
      name: "inner keeps common columns",
      query: "union kind=inner A, B",
      tables: { A, B },
      columns: ["Name:string"],
      unordered: [["a"], ["b"]],
    },
    {
      name: "withsource names tables",
      query: "union withsource=Source A, Ab | project Source, Name",
      tables: { A, Ab },
      unordered: [["A", "a"], ["Ab", "ab"]],
    },
    {
      name: "pipe form",
      query: "A | union Ab",
      tables: { A, Ab },
      unordered: [["a", 1], ["ab", null]],
    },
    {
      name: "wildcard over known tables",
      query: "union withsource=T A* | project T, Name",
      tables: { A, Ab },
      unordered: [["A", "a"], ["Ab", "ab"]],
    },
  ]);
});
