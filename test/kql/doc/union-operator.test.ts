// Examples and rules from https://learn.microsoft.com/kusto/query/union-operator.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const QUERY =
  'let Query = datatable(UserId:string, Timestamp:datetime) ["u1", datetime(2026-04-20 08:00), "u2", datetime(2026-04-10)];';
const COMMAND =
  'let Command = datatable(UserId:string, Timestamp:datetime) ["u1", datetime(2026-04-20 07:00), "u3", datetime(2026-04-20 06:00)];';
const VIEWS = "let View_1 = view () { print x = 1 }; let View_2 = view () { print x = toint(2) };";

describe("union", () => {
  runCases([
    {
      name: "distinct users of two tables",
      query: `${QUERY} ${COMMAND} union withsource=SourceTable kind=outer Query, Command | where Timestamp > ago(1d) | summarize dcount(UserId)`,
      rows: [[2]],
    },
    {
      name: "filter each input first",
      query: `${QUERY} ${COMMAND} Query | where Timestamp > ago(1d) | union withsource=SourceTable kind=outer (Command | where Timestamp > ago(1d)) | summarize dcount(UserId)`,
      rows: [[2]],
    },
    {
      name: "withsource names let inputs",
      query: `${QUERY} ${COMMAND} union withsource=SourceTable Query, Command | project SourceTable, UserId`,
      unordered: [["Query", "u1"], ["Query", "u2"], ["Command", "u1"], ["Command", "u3"]],
    },
    {
      name: "type suffixes on mismatch",
      query: `${VIEWS} union withsource=TableName View_1, View_2`,
      columns: ["TableName:string", "x_long:long", "x_int:int"],
      unordered: [["View_1", 1, null], ["View_2", null, 2]],
    },
    {
      name: "rows of every input",
      query: `${VIEWS} union View_1, View_2 | count`,
      rows: [[2]],
    },
    {
      name: "inner keeps common columns",
      query: "union kind=inner (print a = 1, b = 'x'), (print a = 2, c = true)",
      columns: ["a:long"],
      unordered: [[1], [2]],
    },
    {
      name: "outer fills missing cells",
      query: "union kind=outer (print a = 1, b = 'x'), (print a = 2, c = true)",
      columns: ["a:long", "b:string", "c:bool"],
      unordered: [[1, "x", null], [2, "", true]],
    },
  ]);
});

const T1 = { T1: { columns: "x:long", rows: [[1], [-1]] } };

// With `isfuzzy=true`, Kusto drops an input whose table does not exist
// before it infers the union's columns, so the other inputs name them:
// `x`, not `x_long` and `x_unknown`.
const FUZZY_TABLE_CASES = [
  {
    name: "isfuzzy drops a missing table",
    query: "union isfuzzy=true (T1 | where x > 0), (NoSuchTable | where x > 0)",
    tables: T1,
    columns: ["x:long"],
    rows: [[1]],
  },
  {
    name: "isfuzzy missing table first",
    query: "union isfuzzy=true NoSuch1, (NoSuchTable\n| where x > 0), T1, NoSuch2\n| where x < 0\n| extend y = tostring(x)",
    tables: T1,
    columns: ["x:long", "y:string"],
    rows: [[-1, "-1"]],
  },
  {
    name: "isfuzzy drops extended columns",
    query: "union isfuzzy=true T1, (NoSuchTable | extend y = 1) | where x > 0",
    tables: T1,
    columns: ["x:long"],
    rows: [[1]],
  },
  {
    name: "isfuzzy column of dropped input",
    query: "union isfuzzy=true T1, (NoSuchTable | extend y = 1) | project y",
    tables: T1,
    error: { kind: "semantic", message: "unknown column 'y'", line: 1, column: 63 },
  },
  {
    name: "isfuzzy after a pipe",
    query: "T1 | union isfuzzy=true (NoSuchTable | where x > 0) | where x > 0",
    tables: T1,
    columns: ["x:long"],
    rows: [[1]],
  },
  {
    name: "isfuzzy pipe with withsource",
    query: "T1 | union withsource=Source isfuzzy=true (NoSuchTable | where x > 0)",
    tables: T1,
    columns: ["Source:string", "x:long"],
    unordered: [["T1", 1], ["T1", -1]],
  },
  {
    name: "isfuzzy withsource names tables",
    query: "union withsource=Source isfuzzy=true NoSuchTable, T1",
    tables: T1,
    columns: ["Source:string", "x:long"],
    unordered: [["T1", 1], ["T1", -1]],
  },
];

// From the union page: a suffixed name that another column already has
// gets a number, and `isfuzzy=true` leaves out the inputs whose table or
// view does not exist.
describe("union names and fuzzy inputs", () => {
  runCases([
    {
      name: "suffix clash gets a number",
      query: `${VIEWS} let View_3 = view () { print x_long = 3 }; union withsource=TableName View_1, View_2, View_3 | order by TableName asc`,
      columns: ["TableName:string", "x_long1:long", "x_int:int", "x_long:long"],
      rows: [
        ["View_1", 1, null, null],
        ["View_2", null, 2, null],
        ["View_3", null, null, 3],
      ],
    },
    {
      name: "suffix clash read by name",
      query: `${VIEWS} let View_3 = view () { print x_long = 3 }; union withsource=TableName View_1, View_2, View_3 | where TableName == "View_3" | project x_long, x_long1`,
      rows: [[3, null]],
    },
    {
      name: "suffix clash before extend",
      query: `${VIEWS} let View_3 = view () { print x_long = 3 }; union withsource=TableName View_1, View_2, View_3 | extend k = 1 | where TableName == "View_1" | project x_long1, x_long, k`,
      rows: [[1, null, 1]],
    },
    {
      name: "isfuzzy skips a missing view",
      query:
        "let View_1 = view () { print x = 1 }; let View_2 = view () { print x = 1 }; union isfuzzy=true (View_1 | where x > 0), (View_2 | where x > 0), (View_3 | where x > 0) | count",
      rows: [[2]],
    },
    {
      name: "isfuzzy skips an unmatched wildcard",
      query: "let View_1 = view () { print x = 1 }; union isfuzzy=true View_1, SomeView* | count",
      rows: [[1]],
    },
    ...FUZZY_TABLE_CASES,
    {
      name: "isfuzzy with nothing found",
      query: "union isfuzzy=true (View_3 | where x > 0), View_4 | count",
      error: {
        kind: "semantic",
        message: "none of the tables or views of this union exist; check their names, or add the tables to the schemas",
      },
    },
    {
      name: "missing view without isfuzzy",
      query: "let View_1 = view () { print x = 1 }; union View_1, View_3 | count",
      error: { kind: "semantic", message: "unknown table 'View_3'" },
    },
    {
      name: "views through a wildcard",
      query: "let View_1 = view () { print x = 1 }; union isfuzzy=true View* | count",
      error: {
        kind: "unsupported",
        message: "the view 'View_1' cannot be read through a wildcard yet; name it in the union",
      },
    },
  ]);
});

// The union page's `union K* | where * has "Kusto"`: the rows in which any
// column has the term, with the columns an input lacks left empty.
describe("union and where star", () => {
  runCases([
    {
      name: "star has searches all columns",
      query: 'union (print a = 1, s = "Kusto here"), (print b = "no") | where * has "Kusto" | project a',
      rows: [[1]],
    },
  ]);
});
