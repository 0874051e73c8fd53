// Rules from https://learn.microsoft.com/kusto/query/join-operator and the
// page of each kind, such as https://learn.microsoft.com/kusto/query/join-innerunique
// (its example tables X and Y are used here).
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const X = { columns: "Key:string, Value1:long", rows: [["a", 1], ["b", 2], ["b", 3], ["c", 4]] };
const Y = { columns: "Key:string, Value2:long", rows: [["b", 10], ["c", 20], ["c", 30], ["d", 40]] };
const tables = { X, Y };

describe("join", () => {
  runCases([
    {
      name: "innerunique by default",
      query: "X | join Y on Key",
      tables,
      columns: ["Key:string", "Value1:long", "Key1:string", "Value2:long"],
      unordered: [["b", 2, "b", 10], ["c", 4, "c", 20], ["c", 4, "c", 30]],
    },
    {
      name: "parenthesized condition",
      query: "X | join kind=inner Y on ($left.Key == $right.Key) | project Value1, Value2",
      tables,
      unordered: [[2, 10], [3, 10], [4, 20], [4, 30]],
    },
    {
      name: "inner keeps left duplicates",
      query: "X | join kind=inner Y on Key",
      tables,
      unordered: [["b", 2, "b", 10], ["b", 3, "b", 10], ["c", 4, "c", 20], ["c", 4, "c", 30]],
    },
    {
      name: "leftouter fills empty",
      query: "X | join kind=leftouter Y on Key",
      tables,
      unordered: [["a", 1, "", null], ["b", 2, "b", 10], ["b", 3, "b", 10], ["c", 4, "c", 20], ["c", 4, "c", 30]],
    },
    {
      name: "rightouter fills empty",
      query: "X | join kind=rightouter Y on Key",
      tables,
      unordered: [["b", 2, "b", 10], ["b", 3, "b", 10], ["c", 4, "c", 20], ["c", 4, "c", 30], ["", null, "d", 40]],
    },
    {
      name: "fullouter keeps both",
      query: "X | join kind=fullouter Y on Key",
      tables,
      unordered: [
        ["a", 1, "", null],
        ["b", 2, "b", 10],
        ["b", 3, "b", 10],
        ["c", 4, "c", 20],
        ["c", 4, "c", 30],
        ["", null, "d", 40],
      ],
    },
    { name: "leftanti", query: "X | join kind=leftanti Y on Key", tables, columns: ["Key:string", "Value1:long"], unordered: [["a", 1]] },
    { name: "anti means leftanti", query: "X | join kind=anti Y on Key", tables, unordered: [["a", 1]] },
    { name: "rightanti", query: "X | join kind=rightanti Y on Key", tables, columns: ["Key:string", "Value2:long"], unordered: [["d", 40]] },
    { name: "leftsemi", query: "X | join kind=leftsemi Y on Key", tables, unordered: [["b", 2], ["b", 3], ["c", 4]] },
    { name: "rightsemi", query: "X | join kind=rightsemi Y on Key", tables, unordered: [["b", 10], ["c", 20], ["c", 30]] },
    {
      name: "left and right names",
      query: "X | join kind=inner (Y | project K = Key, Value2) on $left.Key == $right.K",
      tables,
      columns: ["Key:string", "Value1:long", "K:string", "Value2:long"],
      unordered: [["b", 2, "b", 10], ["b", 3, "b", 10], ["c", 4, "c", 20], ["c", 4, "c", 30]],
    },
    {
      name: "several keys",
      query: "X | extend N = Value1 * 10 | join kind=inner (Y | project Key, N = Value2 + 10) on Key, N",
      tables,
      columns: ["Key:string", "Value1:long", "N:long", "Key1:string", "N1:long"],
      unordered: [["b", 2, 20, "b", 20], ["c", 4, 40, "c", 40]],
    },
    {
      name: "null keys never match",
      query: "print k = long(null) | join kind=inner (print k = long(null)) on k",
      rows: [],
    },
  ]);
});
