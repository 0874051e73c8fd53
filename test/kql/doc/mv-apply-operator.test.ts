// Examples from https://learn.microsoft.com/kusto/query/mv-apply-operator.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const arrayTable = (indexName: string, rows: string) =>
  `datatable(${indexName}:int, Arr:dynamic) [${rows}]`;

describe("mv-apply", () => {
  runCases([
    {
      name: "expansion with take",
      query: `${arrayTable("index", "0, dynamic([7]), 1, dynamic([6, 11, 7])")} | mv-apply Arr2 = Arr to typeof(long) on (take 100)`,
      columns: ["index:int", "Arr:dynamic", "Arr2:long"],
      rows: [[0, [7], 7], [1, [6, 11, 7], 6], [1, [6, 11, 7], 11], [1, [6, 11, 7], 7]],
    },
    {
      name: "largest element",
      query: `${arrayTable("index", "0, dynamic([1, 5, 3]), 1, dynamic([10, 2, 5, 7])")} | mv-apply topElem = Arr to typeof(long) on (top 1 by topElem)`,
      rows: [[0, [1, 5, 3], 5], [1, [10, 2, 5, 7], 10]],
    },
    {
      name: "top two into a list",
      query: `${arrayTable("index", "0, dynamic([5, 1, 3]), 1, dynamic([4, 10, 8, 7])")} | mv-apply Arr2 = Arr to typeof(long) on (top 2 by Arr2 | summarize Top2 = make_list(Arr2))`,
      columns: ["index:int", "Arr:dynamic", "Top2:dynamic"],
      rows: [[0, [5, 1, 3], [5, 3]], [1, [4, 10, 8, 7], [10, 8]]],
    },
    {
      name: "two arrays by one key",
      query:
        "datatable(Val:int, Arr1:dynamic, Arr2:dynamic) [1, dynamic(['A1', 'A2', 'A3']), dynamic([10, 30, 7]), 7, dynamic(['B1', 'B2', 'B5']), dynamic([15, 11, 50]), 3, dynamic(['C1', 'C2', 'C3', 'C4']), dynamic([6, 40, 20, 8])] | mv-apply NewArr1 = Arr1, NewArr2 = Arr2 to typeof(long) on (top 2 by NewArr2 | summarize NewArr1 = make_list(NewArr1), NewArr2 = make_list(NewArr2))",
      rows: [
        [1, ["A1", "A2", "A3"], [10, 30, 7], ["A2", "A1"], [30, 10]],
        [7, ["B1", "B2", "B5"], [15, 11, 50], ["B5", "B1"], [50, 15]],
        [3, ["C1", "C2", "C3", "C4"], [6, 40, 20, 8], ["C2", "C3"], [40, 20]],
      ],
    },
    {
      name: "with_itemindex",
      query: `${arrayTable("row", "0, dynamic([5, 1, 3]), 1, dynamic([4, 10, 8, 7])")} | mv-apply with_itemindex=index value = Arr to typeof(long) on (where index >= 2)`,
      columns: ["row:int", "Arr:dynamic", "value:long", "index:long"],
      rows: [[0, [5, 1, 3], 3, 2], [1, [4, 10, 8, 7], 8, 2], [1, [4, 10, 8, 7], 7, 3]],
    },
    {
      name: "shorter array padded with null",
      query:
        "datatable(Val:int, Arr1:dynamic, Arr2:dynamic) [1, dynamic(['A1', 'A2']), dynamic(['B1', 'B2', 'B3']), 5, dynamic(['C1', 'C2']), dynamic(['D1'])] | mv-apply T1 = Arr1, T2 = Arr2 on (extend Out = strcat(T1, '_', T2) | summarize Out = make_list(Out))",
      columns: ["Val:int", "Arr1:dynamic", "Arr2:dynamic", "Out:dynamic"],
      rows: [
        [1, ["A1", "A2"], ["B1", "B2", "B3"], ["A1_B1", "A2_B2", "_B3"]],
        [5, ["C1", "C2"], ["D1"], ["C1_D1", "C2_"]],
      ],
    },
    {
      // The page builds the bag with pack_all(); bag_pack gives the same bag.
      name: "inner mv-expand of a bag",
      query:
        "datatable(Source:string, Target:string, Count:long) ['555-1234', '555-1212', 46, '555-2424', '', long(null)] | extend Pack = bag_pack('Source', Source, 'Target', Target, 'Count', Count) | mv-apply removeProperties = Pack on (mv-expand kind=array Pack | where Pack[1] !startswith '555' | summarize propsToRemove = make_set(Pack[0])) | extend values = bag_remove_keys(Pack, propsToRemove) | project Source, values",
      rows: [
        ["555-1234", { Source: "555-1234", Target: "555-1212" }],
        ["555-2424", { Source: "555-2424" }],
      ],
    },
    {
      name: "limit caps the subtable",
      query: "datatable(Val:int, Arr1:dynamic) [1, dynamic([1, 2, 3])] | mv-apply Arr1 limit 2 on (summarize c = count())",
      rows: [[1, 2]],
    },
  ]);
});
