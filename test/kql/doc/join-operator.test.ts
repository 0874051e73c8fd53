// Rules and examples from https://learn.microsoft.com/kusto/query/join-operator,
// https://learn.microsoft.com/kusto/query/join-innerunique,
// https://learn.microsoft.com/kusto/query/join-fullouter and
// https://learn.microsoft.com/kusto/query/lookup-operator.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const XY =
  "let X = datatable(Key:string, Value1:long) ['a', 1, 'b', 2, 'b', 3, 'c', 4]; let Y = datatable(Key:string, Value2:long) ['b', 10, 'c', 20, 'c', 30, 'd', 40]; X";
const T1T2 =
  'let t1 = datatable(key:long, value:string) [1, "val1.1", 1, "val1.2"]; let t2 = datatable(key:long, value:string) [1, "val1.3", 1, "val1.4"]; t1';
const AB =
  "let X = datatable(A:string, B:long) ['a', 1, 'b', 2]; let Y = datatable(C:string, D:long) ['a', 1, 'b', 3]; X";
const FACTS =
  'let FactTable = datatable(Row:string, Personal:string, Family:string) ["1", "Bill", "Gates", "2", "Bill", "Clinton", "3", "Bill", "Clinton", "4", "Steve", "Ballmer", "5", "Tim", "Cook"]; let DimTable = datatable(Personal:string, Family:string, Alias:string) ["Bill", "Gates", "billg", "Bill", "Clinton", "billc", "Steve", "Ballmer", "steveb"]; FactTable';

describe("join kinds and aliases", () => {
  runCases([
    {
      name: "leftantisemi is leftanti",
      query: `${XY} | join kind=leftantisemi Y on Key`,
      columns: ["Key:string", "Value1:long"],
      rows: [["a", 1]],
    },
    {
      name: "rightantisemi is rightanti",
      query: `${XY} | join kind=rightantisemi Y on Key`,
      columns: ["Key:string", "Value2:long"],
      rows: [["d", 40]],
    },
    {
      name: "fullouter page example",
      query: `${XY} | join kind=fullouter Y on Key`,
      columns: ["Key:string", "Value1:long", "Key1:string", "Value2:long"],
      unordered: [
        ["a", 1, "", null],
        ["b", 2, "b", 10],
        ["b", 3, "b", 10],
        ["c", 4, "c", 20],
        ["c", 4, "c", 30],
        ["", null, "d", 40],
      ],
    },
    {
      name: "innerunique keeps one left row",
      query: `${T1T2} | join kind=innerunique t2 on key | project key1, value1`,
      unordered: [[1, "val1.3"], [1, "val1.4"]],
    },
    {
      name: "innerunique drops unmatched",
      query: `${XY} | join Y on Key | distinct Key`,
      unordered: [["b"], ["c"]],
    },
  ]);
});

describe("join conditions", () => {
  runCases([
    {
      name: "and joins conditions",
      query: `${AB} | join kind=inner Y on $left.A == $right.C and $left.B == $right.D`,
      columns: ["A:string", "B:long", "C:string", "D:long"],
      rows: [["a", 1, "a", 1]],
    },
    {
      name: "comma joins conditions",
      query: `${AB} | join kind=inner Y on $left.A == $right.C, $left.B == $right.D`,
      rows: [["a", 1, "a", 1]],
    },
    {
      name: "placeholder key cross join",
      query: `${XY} | where Key != 'b' | extend placeholder = 1 | join kind=inner (Y | where Key == 'd' | extend placeholder = 1) on placeholder | project Key, Key1`,
      unordered: [["a", "d"], ["c", "d"]],
    },
  ]);
});

describe("lookup", () => {
  runCases([
    {
      name: "keys appear once",
      query: `${FACTS} | lookup kind=leftouter DimTable on Personal, Family`,
      columns: ["Row:string", "Personal:string", "Family:string", "Alias:string"],
      unordered: [
        ["1", "Bill", "Gates", "billg"],
        ["2", "Bill", "Clinton", "billc"],
        ["3", "Bill", "Clinton", "billc"],
        ["4", "Steve", "Ballmer", "steveb"],
        ["5", "Tim", "Cook", ""],
      ],
    },
    {
      name: "leftouter is the default",
      query: `${FACTS} | lookup DimTable on Personal, Family | where Row == "5"`,
      rows: [["5", "Tim", "Cook", ""]],
    },
    {
      name: "inner drops unmatched",
      query: `${FACTS} | lookup kind=inner DimTable on Personal, Family | project Row`,
      unordered: [["1"], ["2"], ["3"], ["4"]],
    },
  ]);
});

// The innerunique page: Kusto moves a filter after the join that reads
// left columns before the deduplication, so the query always returns the
// rows of the left record the filter keeps.
describe("innerunique filter", () => {
  runCases([
    {
      name: "filter after innerunique",
      query: `${T1T2} | join kind=innerunique t2 on key | where value == "val1.2" | order by value1 asc`,
      rows: [
        [1, "val1.2", 1, "val1.3"],
        [1, "val1.2", 1, "val1.4"],
      ],
    },
    {
      name: "left part of a conjunction",
      query: `${T1T2} | join kind=innerunique t2 on key | where value == "val1.2" and value1 == "val1.4"`,
      rows: [[1, "val1.2", 1, "val1.4"]],
    },
    {
      name: "right filter stays after",
      query: `${T1T2} | join kind=innerunique t2 on key | where value1 == "val1.4"`,
      rows: [[1, "val1.1", 1, "val1.4"]],
    },
    {
      name: "mixed condition stays after",
      query: `${T1T2} | join kind=innerunique t2 on key | where value == "val1.2" or value1 == "val1.4"`,
      rows: [[1, "val1.1", 1, "val1.4"]],
    },
  ]);
});
