// Examples from https://learn.microsoft.com/kusto/query/row-number-function,
// https://learn.microsoft.com/kusto/query/row-cumsum-function and
// https://learn.microsoft.com/kusto/query/row-window-session-function.
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

const airports =
  "datatable (Airport:string, Airline:string, Departures:long)['TLV', 'LH', 1, 'TLV', 'LY', 100, 'SEA', 'LH', 1, 'SEA', 'BA', 2, 'SEA', 'LY', 0]";
const salaries =
  "datatable (name:string, month:int, salary:long)['Alice', 1, 1000, 'Bob', 1, 1000, 'Alice', 2, 2000, 'Bob', 2, 1950, 'Alice', 3, 1400, 'Bob', 3, 1450]";
const logins =
  "datatable (ID:string, Timestamp:datetime) ['1', datetime(2024-04-11 10:00:00), '2', datetime(2024-04-11 10:18:00), '1', datetime(2024-04-11 11:00:00), '3', datetime(2024-04-11 11:30:00), '2', datetime(2024-04-11 13:30:00), '2', datetime(2024-04-11 10:16:00)]";

describe("row_number", () => {
  runCases([
    {
      name: "counts from one",
      query: "range a from 1 to 4 step 1 | sort by a desc | extend rn=row_number()",
      rows: [[4, 1], [3, 2], [2, 3], [1, 4]],
    },
    {
      name: "starts at seven",
      query: "range a from 1 to 3 step 1 | sort by a desc | extend rn=row_number(7)",
      rows: [[3, 7], [2, 8], [1, 9]],
    },
    {
      name: "restarts per partition",
      query: `${airports} | sort by Airport asc, Departures desc | extend Rank=row_number(1, prev(Airport) != Airport)`,
      rows: [["SEA", "BA", 2, 1], ["SEA", "LH", 1, 2], ["SEA", "LY", 0, 3], ["TLV", "LY", 100, 1], ["TLV", "LH", 1, 2]],
    },
    {
      name: "restart inside iff",
      query: "range a from 1 to 5 step 1 | sort by a asc | extend r = iff(a % 2 == 1, row_number(1, a == 3), -1)",
      rows: [[1, 1], [2, -1], [3, 1], [4, -1], [5, 3]],
    },
  ]);
});

describe("row_cumsum", () => {
  runCases([
    {
      name: "sums even numbers",
      query: "datatable (a:long) [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] | where a%2==0 | serialize cs=row_cumsum(a)",
      rows: [[2, 2], [4, 6], [6, 12], [8, 20], [10, 30]],
    },
    {
      name: "restarts per name",
      query: `${salaries} | order by name asc, month asc | extend total=row_cumsum(salary, name != prev(name))`,
      rows: [
        ["Alice", 1, 1000, 1000], ["Alice", 2, 2000, 3000], ["Alice", 3, 1400, 4400],
        ["Bob", 1, 1000, 1000], ["Bob", 2, 1950, 2950], ["Bob", 3, 1450, 4400],
      ],
    },
    {
      name: "reals and nulls",
      query: "datatable (x:real) [0.5, real(null), 1.25] | serialize s = row_cumsum(x)",
      rows: [[0.5, 0.5], [null, 0.5], [1.25, 1.75]],
    },
  ]);
});

describe("row_window_session", () => {
  runCases([
    {
      name: "page example",
      query: `${logins} | sort by ID asc, Timestamp asc | extend SessionStarted = row_window_session(Timestamp, 1h, 5m, ID != prev(ID))`,
      rows: [
        ["1", "2024-04-11T10:00:00Z", "2024-04-11T10:00:00Z"],
        ["1", "2024-04-11T11:00:00Z", "2024-04-11T11:00:00Z"],
        ["2", "2024-04-11T10:16:00Z", "2024-04-11T10:16:00Z"],
        ["2", "2024-04-11T10:18:00Z", "2024-04-11T10:16:00Z"],
        ["2", "2024-04-11T13:30:00Z", "2024-04-11T13:30:00Z"],
        ["3", "2024-04-11T11:30:00Z", "2024-04-11T11:30:00Z"],
      ],
    },
    {
      name: "limit from the first",
      query:
        "range t from datetime(2026-04-20 08:00) to datetime(2026-04-20 08:20) step 4m | extend s = row_window_session(t, 10m, 5m)",
      rows: [
        ["2026-04-20T08:00:00Z", "2026-04-20T08:00:00Z"],
        ["2026-04-20T08:04:00Z", "2026-04-20T08:00:00Z"],
        ["2026-04-20T08:08:00Z", "2026-04-20T08:00:00Z"],
        ["2026-04-20T08:12:00Z", "2026-04-20T08:12:00Z"],
        ["2026-04-20T08:16:00Z", "2026-04-20T08:12:00Z"],
        ["2026-04-20T08:20:00Z", "2026-04-20T08:12:00Z"],
      ],
    },
    {
      name: "null starts anew",
      query:
        "datatable (t:datetime) [datetime(2026-04-20 08:00), datetime(null), datetime(2026-04-20 08:01)] | serialize s = row_window_session(t, 1h, 5m)",
      rows: [
        ["2026-04-20T08:00:00Z", "2026-04-20T08:00:00Z"],
        [null, null],
        ["2026-04-20T08:01:00Z", "2026-04-20T08:01:00Z"],
      ],
    },
  ]);
});
