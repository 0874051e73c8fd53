// Examples from https://learn.microsoft.com/kusto/query/where-operator,
// https://learn.microsoft.com/kusto/query/extend-operator and, for the
// operators `*` takes, https://learn.microsoft.com/kusto/query/search-operator.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const STORMS =
  "datatable(DamageProperty:long, EventType:string, BeginLocation:string, EndLocation:string) [5000, 'Flood', 'FAYETTE', 'CITY LOWBER', 0, 'Flood', 'A', 'B', 7000, 'Flood', 'SAME', 'SAME', 9000, 'Hail', 'C', 'D', long(null), 'Flood', 'E', 'F']";

describe("where", () => {
  runCases([
    {
      name: "simple terms then columns",
      query: `${STORMS} | where DamageProperty > 0 and EventType == 'Flood' and BeginLocation != EndLocation | project DamageProperty`,
      rows: [[5000]],
    },
    {
      name: "filter is where",
      query: `${STORMS} | filter EventType == 'Hail' | project DamageProperty`,
      rows: [[9000]],
    },
    {
      name: "null comparison drops the row",
      query: `${STORMS} | where DamageProperty < 100 | project BeginLocation`,
      rows: [["A"]],
    },
    {
      name: "isnull keeps the row",
      query: `${STORMS} | where isnull(DamageProperty) | project BeginLocation`,
      rows: [["E"]],
    },
  ]);
});

const ANIMALS =
  "datatable(Id:long, Name:string, Tags:dynamic, Seen:datetime) [1, 'brown cow', dynamic(['farm']), datetime(2026-04-01), 2, 'cowboy', dynamic(null), datetime(null), 3, 'horse', dynamic({'kind': 'Cow'}), datetime(2026-04-02), 42, 'goat', dynamic([]), datetime(2026-04-03)]";

// The where page: `where * has "cow"` keeps the rows in which any column
// has the term. The search page gives `*` with hasprefix, hassuffix,
// contains and matches regex as well.
describe("where star", () => {
  runCases([
    {
      name: "any column has the term",
      query: `${ANIMALS} | where * has "cow" | project Id`,
      rows: [[1], [3]],
    },
    {
      name: "numbers are searched as text",
      query: `${ANIMALS} | where * has "42" | project Name`,
      rows: [["goat"]],
    },
    {
      name: "datetimes are searched as text",
      query: `${ANIMALS} | where * has "2026-04-03T00" | project Id`,
      rows: [[42]],
    },
    {
      name: "case-sensitive form",
      query: `${ANIMALS} | where * has_cs "Cow" | project Id`,
      rows: [[3]],
    },
    {
      name: "hasprefix",
      query: `${ANIMALS} | where * hasprefix "cowb" | project Id`,
      rows: [[2]],
    },
    {
      name: "hassuffix",
      query: `${ANIMALS} | where * hassuffix "orse" | project Id`,
      rows: [[3]],
    },
    {
      name: "contains",
      query: `${ANIMALS} | where * contains "oat" | project Id`,
      rows: [[42]],
    },
    {
      name: "matches regex",
      query: `${ANIMALS} | where * matches regex @"^go" | project Id`,
      rows: [[42]],
    },
    {
      name: "combined with a column test",
      query: `${ANIMALS} | where * has "cow" and Id > 1 | project Id`,
      rows: [[3]],
    },
    {
      name: "columns of the input only",
      query: `${ANIMALS} | project Id | where * has "cow"`,
      rows: [],
    },
    {
      name: "negated form is unsupported",
      query: `${ANIMALS} | where * !has "cow"`,
      error: {
        kind: "unsupported",
        message: "'* !has' is not supported yet; '*' works with has, hasprefix, hassuffix, contains, their _cs forms and matches regex",
      },
    },
  ]);
});

describe("extend", () => {
  runCases([
    {
      name: "duration of each event",
      query:
        "datatable(EndTime:datetime, StartTime:datetime) [datetime(2007-01-01T04:37:00Z), datetime(2007-01-01T03:37:00Z), datetime(2007-01-01T05:00:00Z), datetime(2007-01-01T00:00:00Z)] | extend Duration = EndTime - StartTime",
      columns: ["EndTime:datetime", "StartTime:datetime", "Duration:timespan"],
      rows: [
        ["2007-01-01T04:37:00Z", "2007-01-01T03:37:00Z", "01:00:00"],
        ["2007-01-01T05:00:00Z", "2007-01-01T00:00:00Z", "05:00:00"],
      ],
    },
    {
      name: "generated column name",
      query: "print a = 1 | extend a + 1",
      columns: ["a:long", "Column1:long"],
      rows: [[1, 2]],
    },
  ]);
});
