// Examples and rules from https://learn.microsoft.com/kusto/query/sort-operator,
// https://learn.microsoft.com/kusto/query/top-operator,
// https://learn.microsoft.com/kusto/query/take-operator,
// https://learn.microsoft.com/kusto/query/distinct-operator,
// https://learn.microsoft.com/kusto/query/serialize-operator,
// https://learn.microsoft.com/kusto/query/prev-function and
// https://learn.microsoft.com/kusto/query/next-function.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const SPECIAL =
  "datatable(v:real) [5, real(null), real(nan), real(-inf), real(+inf), 0, -5]";
const WITH_NULL = "datatable(v:long) [5, long(null), 1]";
const SESSIONS =
  "datatable(session_type:string) ['Keynote', 'Expo Session', 'Breakout', 'Expo Session']";

describe("sort with special values", () => {
  runCases([
    {
      name: "ascending puts nulls first",
      query: `${SPECIAL} | sort by v asc`,
      rows: [[null], ["NaN"], ["-Infinity"], [-5], [0], [5], ["Infinity"]],
    },
    {
      name: "descending nulls first",
      query: `${SPECIAL} | sort by v desc nulls first`,
      rows: [[null], ["NaN"], ["Infinity"], [5], [0], [-5], ["-Infinity"]],
    },
    {
      name: "ascending nulls last",
      query: `${SPECIAL} | sort by v asc nulls last`,
      rows: [["-Infinity"], [-5], [0], [5], ["Infinity"], ["NaN"], [null]],
    },
    {
      name: "descending puts nulls last",
      query: `${SPECIAL} | order by v`,
      rows: [["Infinity"], [5], [0], [-5], ["-Infinity"], ["NaN"], [null]],
    },
    {
      name: "two keys",
      query: "datatable(State:string, StartTime:datetime) ['B', datetime(2007-01-01), 'A', datetime(2007-01-01), 'A', datetime(2007-12-28)] | sort by State asc, StartTime desc",
      rows: [
        ["A", "2007-12-28T00:00:00Z"],
        ["A", "2007-01-01T00:00:00Z"],
        ["B", "2007-01-01T00:00:00Z"],
      ],
    },
  ]);
});

describe("top and take", () => {
  runCases([
    { name: "top is desc nulls last", query: `${WITH_NULL} | top 2 by v`, rows: [[5], [1]] },
    { name: "top asc nulls first", query: `${WITH_NULL} | top 2 by v asc`, rows: [[null], [1]] },
    { name: "top desc nulls first", query: `${WITH_NULL} | top 2 by v desc nulls first`, rows: [[null], [5]] },
    { name: "top equals sort then take", query: `${WITH_NULL} | sort by v | take 2`, rows: [[5], [1]] },
    { name: "take after sort", query: "range x from 1 to 9 step 1 | sort by x desc | take 3", rows: [[9], [8], [7]] },
    { name: "limit is take", query: "range x from 1 to 9 step 1 | limit 2 | count", rows: [[2]] },
  ]);
});

describe("distinct", () => {
  runCases([
    {
      name: "combinations of columns",
      query: "datatable(State:string, EventType:string, N:long) ['TEXAS', 'Heat', 1, 'TEXAS', 'Heat', 2, 'IOWA', 'Heat', 3] | distinct State, EventType",
      columns: ["State:string", "EventType:string"],
      unordered: [["TEXAS", "Heat"], ["IOWA", "Heat"]],
    },
    {
      name: "star means all columns",
      query: "datatable(s:string, n:long) ['b', 1, 'a', 2, 'b', 1] | distinct *",
      unordered: [["b", 1], ["a", 2]],
    },
  ]);
});

describe("serialize, prev and next", () => {
  runCases([
    {
      name: "row number",
      query: "range x from 1 to 3 step 1 | serialize rn = row_number()",
      rows: [[1, 1], [2, 2], [3, 3]],
    },
    {
      name: "previous session type",
      query: `${SESSIONS} | serialize previous_session_type = prev(session_type)`,
      rows: [
        ["Keynote", ""],
        ["Expo Session", "Keynote"],
        ["Breakout", "Expo Session"],
        ["Expo Session", "Breakout"],
      ],
    },
    {
      name: "next session type",
      query: `${SESSIONS} | serialize next_session_type = next(session_type)`,
      rows: [
        ["Keynote", "Expo Session"],
        ["Expo Session", "Breakout"],
        ["Breakout", "Expo Session"],
        ["Expo Session", ""],
      ],
    },
    {
      name: "offsets and defaults",
      query: "datatable(x:long) [3, 1, 2] | serialize p = prev(x, 2), d = prev(x, 1, -1), n = next(x, 2, 99)",
      rows: [[3, null, -1, 2], [1, null, 3, 99], [2, 3, 1, 99]],
    },
    {
      name: "gap to the previous row",
      query:
        "datatable(Timestamp:datetime) [datetime(2022-04-13 00:58:53.000), datetime(2022-04-13 00:58:53.100), datetime(2022-04-13 00:58:53.400)] | sort by Timestamp asc | extend gap = datetime_diff('millisecond', Timestamp, prev(Timestamp, 1)) | where gap > 250 | project gap",
      rows: [[300]],
    },
    {
      name: "gap to the next row",
      query:
        "datatable(Timestamp:datetime) [datetime(2022-04-13 00:58:53.000), datetime(2022-04-13 00:58:53.100), datetime(2022-04-13 00:58:53.400)] | sort by Timestamp asc | extend gap = datetime_diff('millisecond', next(Timestamp, 1), Timestamp) | summarize avg(gap)",
      rows: [[200]],
    },
    {
      name: "top output is serialized",
      query: "range x from 1 to 3 step 1 | top 3 by x asc | extend p = prev(x)",
      rows: [[1, null], [2, 1], [3, 2]],
    },
  ]);
});

describe("operators that drop serialization", () => {
  const message = (origin: string) =>
    `prev() needs serialized rows, but the rows from ${origin} are not serialized. Add 'serialize' or 'sort by' before the operator that calls prev()`;
  const base = "range x from 1 to 2 step 1";
  runCases([
    { name: "count", query: `${base} | count | extend p = prev(Count)`, error: { kind: "semantic", message: message("count") } },
    { name: "distinct", query: `${base} | distinct x | extend p = prev(x)`, error: { kind: "semantic", message: message("distinct") } },
    {
      name: "join",
      query: `${base} | join kind=inner (${base}) on x | extend p = prev(x)`,
      error: { kind: "semantic", message: message("join") },
    },
    { name: "summarize", query: `${base} | summarize by x | extend p = prev(x)`, error: { kind: "semantic", message: message("summarize") } },
    {
      name: "make-series",
      query: `${base} | make-series c = count() on x from 1 to 3 step 1 | extend p = prev(c)`,
      error: { kind: "semantic", message: message("make-series") },
    },
  ]);
});
