// Examples and rules from https://learn.microsoft.com/kusto/query/range-operator,
// https://learn.microsoft.com/kusto/query/toscalar-function,
// https://learn.microsoft.com/kusto/query/materialize-function and
// https://learn.microsoft.com/kusto/query/as-operator.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const EVENTS =
  "datatable(type:string, Name:string, ActivityId:long) ['Event', 'Start', 1, 'Event', 'Stop', 1, 'Other', 'Stop', 2, 'Event', 'Start', 3]";

describe("range", () => {
  runCases([
    { name: "incremented steps", query: "range Steps from 1 to 8 step 3", columns: ["Steps:long"], rows: [[1], [4], [7]] },
    { name: "past seven days", query: "range LastWeek from ago(7d) to now() step 1d | count", rows: [[8]] },
    {
      name: "union of two ranges",
      query:
        "let Range1 = range Time from datetime(2024-01-01) to datetime(2024-01-02) step 1d; let Range2 = range Time from datetime(2024-01-06) to datetime(2024-01-07) step 1d; union Range1, Range2 | order by Time asc",
      rows: [["2024-01-01T00:00:00Z"], ["2024-01-02T00:00:00Z"], ["2024-01-06T00:00:00Z"], ["2024-01-07T00:00:00Z"]],
    },
    { name: "reals", query: "range x from 1.5 to 3 step 0.5", columns: ["x:real"], rows: [[1.5], [2], [2.5], [3]] },
    { name: "timespans", query: "range t from 0s to 2h step 1h", columns: ["t:timespan"], rows: [["00:00:00"], ["01:00:00"], ["02:00:00"]] },
    {
      name: "function over the values",
      query: "let toUnixTime = (dt:datetime) { (dt - datetime(1970-01-01)) / 1s }; print toUnixTime(datetime(2023-02-01 04:32:02.4))",
      rows: [[1675225922.4]],
    },
  ]);
});

describe("toscalar", () => {
  runCases([
    {
      name: "first cell of a table",
      query: "let End = toscalar(range x from 1 to 9 step 1 | count); range z from 1 to End step 4 | extend end = End",
      rows: [[1, 9], [5, 9], [9, 9]],
    },
    {
      name: "join instead of a row context",
      query:
        "let _dataset1 = datatable(x:long) [1, 2, 3, 4, 5]; let _dataset2 = datatable(x:long, y:long) [1, 2, 3, 4, 5, 6]; _dataset1 | join (_dataset2) on x | project x, y",
      unordered: [[1, 2], [3, 4], [5, 6]],
    },
  ]);
});

describe("materialize", () => {
  runCases([
    {
      name: "share of each event type",
      query:
        "let _detailed_data = materialize(datatable(State:string, EventType:string) ['A', 'x', 'A', 'y', 'A', 'x', 'B', 'x'] | summarize Events = count() by State, EventType); _detailed_data | summarize TotalStateEvents = sum(Events) by State | join (_detailed_data) on State | extend EventPercentage = Events * 100.0 / TotalStateEvents | project State, EventType, EventPercentage, Events | top 10 by EventPercentage",
      rows: [["B", "x", 100, 1], ["A", "x", 200 / 3, 2], ["A", "y", 100 / 3, 1]],
    },
  ]);
});

describe("as", () => {
  runCases([
    {
      name: "names in withsource",
      query: "range x from 1 to 2 step 1 | as T1 | union withsource=TableName (range x from 1 to 2 step 1 | as T2)",
      unordered: [["T1", 1], ["T1", 2], ["T2", 1], ["T2", 2]],
    },
    {
      name: "names in a union list",
      query: "union withsource=TableName (range x from 1 to 1 step 1 | as T1), (range x from 1 to 1 step 1 | as T2)",
      unordered: [["T1", 1], ["T2", 1]],
    },
    {
      name: "left side in the right side",
      query: `${EVENTS} | where type == 'Event' | as T | where Name == 'Start' | join (T | where Name == 'Stop') on ActivityId | project ActivityId, Name, Name1`,
      rows: [[1, "Start", "Stop"]],
    },
  ]);
});

// The toscalar page: toscalar(2) and toscalar(print x = 1) are constants,
// and toscalar() cannot run once per row, so a function that filters by
// its argument inside toscalar fails.
describe("toscalar constants and rows", () => {
  runCases([
    {
      name: "constants as range bounds",
      query:
        "let Start = toscalar(print x = 1); let End = toscalar(range x from 1 to 9 step 1 | count); let Step = toscalar(2); range z from Start to End step Step | extend start = Start, end = End, step = Step",
      rows: [[1, 1, 9, 2], [3, 1, 9, 2], [5, 1, 9, 2], [7, 1, 9, 2], [9, 1, 9, 2]],
    },
    {
      name: "scalar computed once",
      query: "range x from 1 to 2 step 1 | extend s = toscalar(strcat('a', 'b'))",
      rows: [[1, "ab"], [2, "ab"]],
    },
    {
      name: "per-row toscalar raises",
      query:
        "let _dataset1 = datatable(x:long) [1, 2, 3, 4, 5]; let _dataset2 = datatable(x:long, y:long) [1, 2, 3, 4, 5, 6]; let tg = (x_: long) { toscalar(_dataset2 | where x == x_ | project y) }; _dataset1 | extend y = tg(x)",
      error: {
        kind: "semantic",
        message: "this subquery cannot read 'x_', which has a value per row, because it runs once per query; join the tables instead",
      },
    },
    {
      name: "per-row in list raises",
      query:
        "let T = datatable(y:long) [2, 4]; let inT = (v: long) { v in (T | where y > v | project y) }; range x from 1 to 3 step 1 | extend found = inT(x)",
      error: {
        kind: "semantic",
        message: "this subquery cannot read 'v', which has a value per row, because it runs once per query; join the tables instead",
      },
    },
    {
      name: "constant argument is fine",
      query:
        "let T = datatable(y:long) [2, 4]; let above = (v: long) { toscalar(T | where y > v | count) }; print n = above(3)",
      rows: [[1]],
    },
  ]);
});
