// Rules from https://learn.microsoft.com/kusto/query/print-operator,
// https://learn.microsoft.com/kusto/query/datatable-operator,
// https://learn.microsoft.com/kusto/query/range-operator and
// https://learn.microsoft.com/kusto/query/scalar-data-types/ (literals).
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

describe("print, datatable and range", () => {
  runCases([
    {
      name: "print literals of every type",
      query:
        "print b = true, i = int(5), l = 9007199254740993, r = 1.5, d = decimal(2.25), s = 'x', t = datetime(2026-04-20 08:10:00.5), ts = 1d, g = guid(74BE27DE-1E4E-49D9-B579-FE0B331D3642), y = dynamic({\"a\": [1, null]})",
      columns: ["b:bool", "i:int", "l:long", "r:real", "d:decimal", "s:string", "t:datetime", "ts:timespan", "g:guid", "y:dynamic"],
      rows: [[true, 5, 9007199254740993n, 1.5, "2.25", "x", "2026-04-20T08:10:00.5Z", "1.00:00:00", "74be27de-1e4e-49d9-b579-fe0b331d3642", { a: [1, null] }]],
    },
    {
      name: "print timespan forms",
      query: "print a = 1.5h, b = 100ms, c = 10microsecond, d = 1tick, e = time(2), f = time(0.12:34:56.7), g = -2m",
      rows: [["01:30:00", "00:00:00.1000000", "00:00:00.0000100", "00:00:00.0000001", "2.00:00:00", "12:34:56.7000000", "-00:02:00"]],
    },
    {
      name: "print special reals",
      query: "print a = real(nan), b = real(+inf), c = real(-inf), d = real(null), e = 0x10",
      rows: [["NaN", "Infinity", "-Infinity", null, 16]],
    },
    {
      name: "print unnamed columns",
      query: "print 1, 'a'",
      columns: ["print_0:long", "print_1:string"],
      rows: [[1, "a"]],
    },
    {
      name: "now and ago",
      query: "print n = now(), a = ago(1h)",
      rows: [["2026-04-20T09:00:00Z", "2026-04-20T08:00:00Z"]],
    },
    {
      name: "datatable fills rows",
      query: "datatable(Name: string, Size: long, Seen: datetime) ['a', 1, datetime(2026-01-01), 'b', -2, datetime(null)]",
      columns: ["Name:string", "Size:long", "Seen:datetime"],
      rows: [["a", 1, "2026-01-01T00:00:00Z"], ["b", -2, null]],
    },
    {
      name: "datatable converts numbers",
      query: "datatable(R: real) [1, 2.5]",
      rows: [[1], [2.5]],
    },
    { name: "range of longs", query: "range x from 1 to 7 step 3", columns: ["x:long"], rows: [[1], [4], [7]] },
    {
      name: "range of datetimes",
      query: "range t from datetime(2026-01-01) to datetime(2026-01-01 02:00) step 1h",
      rows: [["2026-01-01T00:00:00Z"], ["2026-01-01T01:00:00Z"], ["2026-01-01T02:00:00Z"]],
    },
    { name: "range stepping backwards", query: "range x from 3 to 1 step -1", rows: [[3], [2], [1]] },
    { name: "range that is empty", query: "range x from 3 to 1 step 1", rows: [] },
  ]);
});
