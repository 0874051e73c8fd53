// Examples and rules from https://learn.microsoft.com/kusto/query/summarize-operator.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runKnownDefects } from "./doc-cases.js";

const EMPTY = "datatable(x:long) []";
const HALF_NULL = "extend y = iff(x == 1, real(null), real(5))";

describe("summarize", () => {
  runCases([
    {
      name: "keys without aggregates",
      query:
        "datatable(State:string, EventType:string, InjuriesDirect:long) ['TEXAS', 'Flood', 1, 'TEXAS', 'Flood', 2, 'TEXAS', 'Heat', 0, 'IOWA', 'Hail', 3] | where InjuriesDirect > 0 | summarize by State, EventType",
      columns: ["State:string", "EventType:string"],
      unordered: [["TEXAS", "Flood"], ["IOWA", "Hail"]],
    },
    {
      name: "min and max of timespans",
      query:
        "datatable(StartTime:datetime, EndTime:datetime) [datetime(2026-01-01 00:00), datetime(2026-01-01 01:08), datetime(2026-01-02 00:00), datetime(2026-01-02 11:55)] | project Duration = EndTime - StartTime | summarize Min = min(Duration), Max = max(Duration)",
      columns: ["Min:timespan", "Max:timespan"],
      rows: [["01:08:00", "11:55:00"]],
    },
    {
      name: "bin of a timespan key",
      query:
        "datatable(EventType:string, Duration:timespan) ['Drought', 30.5d, 'Drought', 31d, 'Heat', 2d, 'Heat', 12h] | where Duration > 1d | summarize EventCount = count() by EventType, Length = bin(Duration, 1d) | sort by Length",
      columns: ["EventType:string", "Length:timespan", "EventCount:long"],
      rows: [["Drought", "31.00:00:00", 1], ["Drought", "30.00:00:00", 1], ["Heat", "2.00:00:00", 1]],
    },
    {
      name: "defaults over no rows",
      query: `${EMPTY} | summarize any_x = take_any(x), arg_max_x = arg_max(x, *), max(x), min(x), percentile(x, 55), stdev(x), sum(x), sumif(x, x > 0), variance(x)`,
      columns: [
        "any_x:long",
        "arg_max_x:long",
        "max_x:long",
        "min_x:long",
        "percentile_x_55:long",
        "stdev_x:real",
        "sum_x:long",
        "sumif_x:long",
        "variance_x:real",
      ],
      rows: [[null, null, null, null, null, 0, 0, 0, 0]],
    },
    {
      name: "empty arrays over no rows",
      query: `${EMPTY} | summarize make_set(x), make_list(x)`,
      columns: ["set_x:dynamic", "list_x:dynamic"],
      rows: [[[], []]],
    },
    {
      name: "keys over no rows",
      query: `${EMPTY} | summarize count() by x`,
      rows: [],
    },
    {
      name: "sum and avg skip nulls",
      query: `range x from 1 to 4 step 1 | ${HALF_NULL} | summarize sum(y), avg(y)`,
      columns: ["sum_y:real", "avg_y:real"],
      rows: [[15, 5]],
    },
    {
      name: "repeated aggregate names",
      query: `range x from 1 to 2 step 1 | ${HALF_NULL} | summarize make_set(y), make_set(y)`,
      columns: ["set_y:dynamic", "set_y1:dynamic"],
      rows: [[[5], [5]]],
    },
  ]);
});

// The summarize page counts rows with count(y), nulls included, and lists
// count(x) among the aggregates that give 0 over no rows. Kusto.Language,
// which the engine parses with, rejects an argument to count() ("a value
// of type bool expected").
describe("summarize known defects", () => {
  runKnownDefects([
    {
      name: "count of a column",
      query: `range x from 1 to 2 step 1 | ${HALF_NULL} | summarize count(y)`,
      columns: ["count_y:long"],
      rows: [[2]],
    },
    {
      name: "counts over no rows",
      query: `${EMPTY} | summarize count(x), countif(x > 0), dcount(x), dcountif(x, x > 0)`,
      columns: ["count_x:long", "countif_:long", "dcount_x:long", "dcountif_x:long"],
      rows: [[0, 0, 0, 0]],
    },
  ]);
});
