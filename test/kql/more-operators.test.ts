// Rules from https://learn.microsoft.com/kusto/query/parse-operator,
// https://learn.microsoft.com/kusto/query/parse-where-operator,
// https://learn.microsoft.com/kusto/query/mv-apply-operator,
// https://learn.microsoft.com/kusto/query/lookup-operator,
// https://learn.microsoft.com/kusto/query/as-operator,
// https://learn.microsoft.com/kusto/query/invoke-operator,
// https://learn.microsoft.com/kusto/query/serialize-operator (with prev, next and row_number),
// https://learn.microsoft.com/kusto/query/bag-unpack-plugin and
// https://learn.microsoft.com/kusto/query/make-series-operator.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const Logs = {
  columns: "Line:string",
  rows: [["user=alice id=42 ok"], ["user=bob id=x7 ok"], ["garbage"]],
};
const TRACE =
  "Event: NotifySliceRelease (resourceName=PipelineScheduler, totalSlices=27, sliceNumber=22, lockTime=02/17/2016 08:41:01, releaseTime=02/17/2016 08:41:00, previousLockTime=02/17/2016 08:40:01)";
const Traces = { columns: "EventText:string", rows: [[TRACE]] };
const RELAXED_TRACE =
  "Event: NotifySliceRelease (resourceName=PipelineScheduler, totalSlices=nonValidLongValue, sliceNumber=20, lockTime=02/17/2016 08:40:01, releaseTime=nonValidDateTime 08:40:01, previousLockTime=02/17/2016 08:39:01)";
const T = { columns: "Key:string, N:long", rows: [["a", 1], ["b", 2], ["c", 3]] };
const Dim = { columns: "Key:string, Label:string", rows: [["a", "first"], ["b", "second"]] };

describe("parse", () => {
  runCases([
    {
      name: "simple pattern",
      query: 'Logs | parse Line with "user=" User " id=" Id:long " " Rest',
      tables: { Logs },
      columns: ["Line:string", "User:string", "Id:long", "Rest:string"],
      rows: [
        ["user=alice id=42 ok", "alice", 42, "ok"],
        ["user=bob id=x7 ok", "", null, ""],
        ["garbage", "", null, ""],
      ],
    },
    {
      name: "star skips text",
      query: 'Logs | parse Line with * "id=" Id:long * | project Id',
      tables: { Logs },
      rows: [[42], [null], [null]],
    },
    {
      name: "parse-where drops misses",
      query: 'Logs | parse-where Line with "user=" User " id=" Id:long *',
      tables: { Logs },
      rows: [["user=alice id=42 ok", "alice", 42]],
    },
    {
      name: "relaxed keeps the row",
      query: 'Logs | parse kind=relaxed Line with "user=" User " id=" Id:long " " Rest | project User, Id',
      tables: { Logs },
      rows: [["alice", 42], ["bob", null], ["", null]],
    },
    {
      name: "US dates convert",
      query:
        'Traces | parse EventText with * "resourceName=" resourceName ", totalSlices=" totalSlices:long * "sliceNumber=" sliceNumber:long * "lockTime=" lockTime ", releaseTime=" releaseTime:date "," * "previousLockTime=" previousLockTime:date ")" * | project-away EventText',
      tables: { Traces },
      rows: [["PipelineScheduler", 27, 22, "02/17/2016 08:41:01", "2016-02-17T08:41:00Z", "2016-02-17T08:40:01Z"]],
    },
    {
      name: "regex columns are greedy",
      query: "Traces | parse kind=regex EventText with * \"resourceName=\" resourceName ',' * | project resourceName",
      tables: { Traces },
      rows: [["PipelineScheduler, totalSlices=27, sliceNumber=22, lockTime=02/17/2016 08:41:01, releaseTime=02/17/2016 08:41:00"]],
    },
    {
      name: "regex flag U makes lazy",
      query: "Traces | parse kind=regex flags=Ui EventText with * \"RESOURCENAME=\" resourceName ',' * | project resourceName",
      tables: { Traces },
      rows: [["PipelineScheduler"]],
    },
    {
      name: "regex delimiters are regexes",
      query:
        'Traces | parse kind=regex EventText with "(.*?)[a-zA-Z]*=" resourceName @", totalSlices=\\s*\\d+\\s*.*?sliceNumber=" sliceNumber: long ".*?(previous)?lockTime=" lockTime ".*?releaseTime=" releaseTime ".*?previousLockTime=" previousLockTime: date "\\\\)" | project resourceName, sliceNumber, lockTime, releaseTime, previousLockTime',
      tables: { Traces },
      rows: [["PipelineScheduler", 22, "02/17/2016 08:41:01, ", "02/17/2016 08:41:00, ", "2016-02-17T08:40:01Z"]],
    },
    {
      name: "relaxed keeps valid numbers",
      query:
        'Traces | parse kind=relaxed EventText with * "resourceName=" resourceName ", totalSlices=" totalSlices:long * "sliceNumber=" sliceNumber:long * "lockTime=" lockTime ", releaseTime=" releaseTime:date "," * "previousLockTime=" previousLockTime:date ")" * | project totalSlices, sliceNumber',
      tables: { Traces },
      rows: [[27, 22]],
    },
    {
      name: "relaxed nulls invalid values",
      query:
        'print EventText = RELAXED | parse kind=relaxed EventText with * "resourceName=" resourceName ", totalSlices=" totalSlices: long ", sliceNumber=" sliceNumber: long * "lockTime=" lockTime ", releaseTime=" releaseTime: date "," * "previousLockTime=" previousLockTime: date ")" * | project-away EventText'.replace(
          "RELAXED",
          JSON.stringify(RELAXED_TRACE),
        ),
      rows: [["PipelineScheduler", null, 20, "02/17/2016 08:40:01", null, "2016-02-17T08:39:01Z"]],
    },
    {
      name: "regex with groups and flags",
      query: 'print s = "ID: 12 (OK)" | parse kind=regex flags=i s with "id: " N:long " \\\\((ok|fail)\\\\)"',
      rows: [["ID: 12 (OK)", 12]],
    },
  ]);
});

describe("mv-apply", () => {
  runCases([
    {
      name: "top per row",
      query: "print Id = 1, Values = dynamic([5, 9, 1]) | mv-apply V = Values to typeof(long) on (top 2 by V) | project Id, V",
      rows: [[1, 9], [1, 5]],
    },
    {
      name: "summarize per row",
      query: "datatable(Id: long, Values: dynamic) [1, dynamic([1, 2]), 2, dynamic([10])] | mv-apply Values on (summarize Total = sum(toint(Values)))",
      columns: ["Id:long", "Total:long"],
      unordered: [[1, 3], [2, 10]],
    },
    {
      name: "filter drops rows",
      query: "print Values = dynamic(['a', 'bb']) | mv-apply Item = Values to typeof(string) on (where strlen(Item) > 1) | project Item",
      rows: [["bb"]],
    },
  ]);
});

describe("lookup, as, invoke", () => {
  runCases([
    {
      name: "lookup is leftouter",
      query: "T | lookup Dim on Key",
      tables: { T, Dim },
      columns: ["Key:string", "N:long", "Label:string"],
      unordered: [["a", 1, "first"], ["b", 2, "second"], ["c", 3, ""]],
    },
    {
      name: "lookup inner",
      query: "T | lookup kind=inner Dim on Key",
      tables: { T, Dim },
      unordered: [["a", 1, "first"], ["b", 2, "second"]],
    },
    {
      name: "as names the input",
      query: "T | as Base | where N > 1 | join kind=leftanti (Base | where N > 2) on Key",
      tables: { T },
      rows: [["b", 2]],
    },
    {
      name: "invoke passes the input",
      query: "let above = (data: (N: long), limit: long) { data | where N > limit }; T | invoke above(1) | count",
      tables: { T },
      rows: [[2]],
    },
  ]);
});

describe("serialize", () => {
  runCases([
    {
      name: "row_number and prev",
      query: "T | sort by N asc | serialize Row = row_number(), Before = prev(N), After = next(Key, 1, 'end')",
      tables: { T },
      columns: ["Key:string", "N:long", "Row:long", "Before:long", "After:string"],
      rows: [["a", 1, 1, null, "b"], ["b", 2, 2, 1, "c"], ["c", 3, 3, 2, "end"]],
    },
    {
      name: "prev in extend after sort",
      query: "T | sort by N desc | extend Gap = prev(N) - N",
      tables: { T },
      rows: [["c", 3, null], ["b", 2, 1], ["a", 1, 1]],
    },
    {
      name: "order kept through where",
      query: "T | sort by N asc | where N > 1 | project N | extend Row = row_number()",
      tables: { T },
      rows: [[2, 1], [3, 2]],
    },
    {
      name: "range is serialized",
      query: "range x from 1 to 3 step 1 | extend p = prev(x)",
      rows: [[1, null], [2, 1], [3, 2]],
    },
  ]);
});

// https://learn.microsoft.com/kusto/query/window-functions: window
// functions run only on serialized rows.
describe("window functions on unserialized rows", () => {
  const error = (name: string, origin: string, column: number) => ({
    kind: "semantic",
    message: `${name}() needs serialized rows, but the rows from ${origin} are not serialized. Add 'serialize' or 'sort by' before the operator that calls ${name}()`,
    line: 1,
    column,
  });
  runCases([
    {
      name: "prev after summarize",
      query: "datatable(x:long)[1,2] | summarize by x | extend p = prev(x)",
      error: error("prev", "summarize", 54),
    },
    {
      name: "row_number on a table",
      query: "T | extend r = row_number()",
      tables: { T },
      error: error("row_number", "the table 'T'", 16),
    },
    {
      name: "next after join",
      query: "T | join kind=inner Dim on Key | sort by N | join kind=inner Dim on Key | where next(N) > 1",
      tables: { T, Dim },
      error: error("next", "join", 81),
    },
    {
      name: "prev after distinct",
      query: "T | sort by N | distinct Key | project p = prev(Key)",
      tables: { T },
      error: error("prev", "distinct", 44),
    },
  ]);
});

describe("evaluate bag_unpack", () => {
  runCases([
    {
      name: "unpacks declared columns",
      query: "print Id = 1, Bag = dynamic({'a': 1, 'b': 'x'}) | evaluate bag_unpack(Bag) : (Id: long, a: long, b: string, c: real)",
      rows: [[1, 1, "x", null]],
    },
    {
      name: "prefix names columns",
      query: "print Bag = dynamic({'a': 7}) | evaluate bag_unpack(Bag, 'p_') : (p_a: long)",
      rows: [[7]],
    },
  ]);
});

const Events = {
  columns: "Time:datetime, User:string, Size:long",
  rows: [
    ["2026-01-01T01:30:00Z", "a", 5],
    ["2026-01-01T03:10:00Z", "a", 7],
    ["2026-01-01T03:20:00Z", "b", 1],
    ["2026-01-01T09:00:00Z", "a", 100],
  ],
};

describe("make-series", () => {
  runCases([
    {
      name: "bins with defaults",
      query:
        "Events | make-series n = count(), total = sum(Size) default = -1 on Time from datetime(2026-01-01) to datetime(2026-01-01 04:00) step 1h by User",
      tables: { Events },
      columns: ["User:string", "n:dynamic", "total:dynamic", "Time:dynamic"],
      unordered: [
        ["a", [0, 1, 0, 1], [-1, 5, -1, 7], ["2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z", "2026-01-01T02:00:00Z", "2026-01-01T03:00:00Z"]],
        ["b", [0, 0, 0, 1], [-1, -1, -1, 1], ["2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z", "2026-01-01T02:00:00Z", "2026-01-01T03:00:00Z"]],
      ],
    },
    {
      name: "in range form",
      query: "Events | where User == 'b' | make-series n = count() on Time in range(datetime(2026-01-01 02:00), datetime(2026-01-01 04:00), 1h)",
      tables: { Events },
      rows: [[[0, 1], ["2026-01-01T02:00:00Z", "2026-01-01T03:00:00Z"]]],
    },
    {
      name: "span of the data",
      query: "Events | where User == 'a' | make-series n = count() on Time step 2h",
      tables: { Events },
      rows: [[[1, 1, 0, 0, 1], ["2026-01-01T00:00:00Z", "2026-01-01T02:00:00Z", "2026-01-01T04:00:00Z", "2026-01-01T06:00:00Z", "2026-01-01T08:00:00Z"]]],
    },
  ]);
});
