// Rules from https://learn.microsoft.com/kusto/query/summarize-operator
// (empty input, default values), https://learn.microsoft.com/kusto/query/arg-max-aggregation-function,
// https://learn.microsoft.com/kusto/query/arg-min-aggregation-function
// and https://learn.microsoft.com/kusto/query/take-any-aggregation-function.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const T = {
  columns: "User:string, Channel:string, Size:long, Time:datetime",
  rows: [
    ["u1", "a", 10, "2026-04-20T08:00:00Z"],
    ["u1", "b", 30, "2026-04-20T08:05:00Z"],
    ["u2", "a", 20, "2026-04-20T08:10:00Z"],
    ["u1", "a", null, "2026-04-20T08:15:00Z"],
  ],
};
const empty = { T: { columns: T.columns, rows: [] } };

describe("summarize", () => {
  runCases([
    {
      name: "groups by key",
      query: "T | summarize n = count(), total = sum(Size), channels = make_set(Channel) by User",
      tables: { T },
      columns: ["User:string", "n:long", "total:long", "channels:dynamic"],
      unordered: [["u1", 3, 40, ["a", "b"]], ["u2", 1, 20, ["a"]]],
    },
    {
      name: "default names",
      query: "T | summarize count(), max(Size), min(Time) by User",
      tables: { T },
      columns: ["User:string", "count_:long", "max_Size:long", "min_Time:datetime"],
      unordered: [["u1", 3, 30, "2026-04-20T08:00:00Z"], ["u2", 1, 20, "2026-04-20T08:10:00Z"]],
    },
    {
      name: "alias makeset resolves",
      query: "T | summarize s = makeset(Channel) by User | extend n = arraylength(s)",
      tables: { T },
      unordered: [["u1", ["a", "b"], 2], ["u2", ["a"], 1]],
    },
    {
      name: "no by over no rows gives one row",
      query: "T | summarize n = count(), s = make_set(Channel), m = max(Size)",
      tables: empty,
      rows: [[0, [], null]],
    },
    {
      name: "by over no rows gives none",
      query: "T | summarize n = count() by User",
      tables: empty,
      rows: [],
    },
    {
      name: "bin groups times",
      query: "T | summarize n = count() by bin(Time, 10m)",
      tables: { T },
      columns: ["Time:datetime", "n:long"],
      unordered: [["2026-04-20T08:00:00Z", 2], ["2026-04-20T08:10:00Z", 2]],
    },
    {
      name: "expression over aggregates",
      query: "T | summarize avgSize = sum(Size) / countif(isnotnull(Size)), twice = count() * 2 by User",
      tables: { T },
      columns: ["User:string", "avgSize:long", "twice:long"],
      unordered: [["u1", 20, 6], ["u2", 20, 2]],
    },
    {
      name: "arg_max with star",
      query: "T | summarize arg_max(Time, *) by User",
      tables: { T },
      columns: ["User:string", "Time:datetime", "Channel:string", "Size:long"],
      unordered: [["u1", "2026-04-20T08:15:00Z", "a", null], ["u2", "2026-04-20T08:10:00Z", "a", 20]],
    },
    {
      name: "arg_min with columns",
      query: "T | summarize arg_min(Size, Channel) by User",
      tables: { T },
      columns: ["User:string", "Size:long", "Channel:string"],
      unordered: [["u1", 10, "a"], ["u2", 20, "a"]],
    },
    {
      name: "arg_max over no rows",
      query: "T | summarize arg_max(Size, Channel)",
      tables: empty,
      rows: [[null, ""]],
    },
    {
      name: "take_any of star",
      query: "T | where User == 'u2' | summarize take_any(*)",
      tables: { T },
      columns: ["User:string", "Channel:string", "Size:long", "Time:datetime"],
      rows: [["u2", "a", 20, "2026-04-20T08:10:00Z"]],
    },
    {
      name: "named aggregate argument",
      query: "T | summarize channels = make_set(Channel, MaxSize = 1) by User",
      tables: { T },
      unordered: [["u1", ["a"]], ["u2", ["a"]]],
    },
    {
      name: "defaults over no rows",
      query: "datatable(x:long)[] | summarize sum(x), sumif(x, x > 0), stdev(x), variance(x)",
      rows: [[0, 0, 0, 0]],
    },
    {
      name: "sum of all-null group",
      query: 'datatable(k:string, v:long)["b", long(null)] | summarize sum(v) by k',
      rows: [["b", 0]],
    },
    {
      name: "arg_max of all-null key",
      query:
        'datatable(Fruit:string, Color:string, Version:int) ["Apple","Red",1, "Apple","Green",int(null), "Banana","Yellow",int(null), "Banana","Green",int(null), "Pear","Brown",1, "Pear","Green",2] | summarize arg_max(Version, *) by Fruit',
      columns: ["Fruit:string", "Version:int", "Color:string"],
      unordered: [["Apple", 1, "Red"], ["Banana", null, "Yellow"], ["Pear", 2, "Green"]],
    },
    {
      name: "arg_min of all-null key",
      query:
        'datatable(Fruit:string, Color:string, Version:int) ["Apple","Red",1, "Apple","Green",int(null), "Banana","Yellow",int(null), "Banana","Green",int(null), "Pear","Brown",1, "Pear","Green",2] | summarize arg_min(Version, *) by Fruit',
      unordered: [["Apple", 1, "Red"], ["Banana", null, "Yellow"], ["Pear", 1, "Brown"]],
    },
    {
      name: "distinct keys only",
      query: "T | summarize by User, Channel",
      tables: { T },
      unordered: [["u1", "a"], ["u1", "b"], ["u2", "a"]],
    },
  ]);
});
