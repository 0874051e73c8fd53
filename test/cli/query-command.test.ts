import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixtureReport } from "../report/fixture-report.js";
import {
  fakeDependencies,
  makeWorkspace,
  runInFolder,
  type Workspace,
} from "./cli-harness.js";

let workspace: Workspace;

beforeEach(() => {
  workspace = makeWorkspace(["schemas"]);
});

afterEach(() => {
  workspace.remove();
});

/** The functions of the tool's own `functions` folder, sorted. */
const SHIPPED_FUNCTIONS = readdirSync(join(import.meta.dirname, "../../functions"))
  .filter((name) => name.endsWith(".kql"))
  .map((name) => name.slice(0, -".kql".length))
  .sort();

interface QueryOptions {
  schemasDir: string | undefined;
  functions: Record<string, string>;
}

const result = { columns: [{ name: "n", type: "long" }], rows: [[9007199254740993n]] };

async function query(argv: string[]) {
  const dependencies = fakeDependencies(fixtureReport(), result);
  const outcome = await runInFolder(["query", ...argv], workspace.root, dependencies);
  return { ...outcome, queries: dependencies.queries };
}

describe("query", () => {
  it("prints the result JSON", async () => {
    const outcome = await query(["print n = 1"]);

    expect(outcome.status).toBe(0);
    expect(outcome.stderr).toBe("");
    expect(outcome.stdout).toBe(
      '{\n  "columns": [\n    {\n      "name": "n",\n      "type": "long"\n    }\n  ],\n  "rows": [\n    [\n      9007199254740993\n    ]\n  ]\n}\n',
    );
  });

  it("passes the query, tables and schemas", async () => {
    workspace.write("events.ndjson", '{"User":"a"}\n\n{"User":"b"}\n');
    workspace.write("functions/Admins.kql", "// Admin accounts.\nprint User = 'a'\n");
    const outcome = await query(["--table", "ZoomLogs=events.ndjson", "ZoomLogs | count"]);

    expect(outcome.queries).toEqual([
      {
        query: "ZoomLogs | count",
        tables: { ZoomLogs: [{ User: "a" }, { User: "b" }] },
        options: {
          schemasDir: join(workspace.root, "schemas"),
          functions: expect.any(Object),
        },
      },
    ]);
    const { functions } = outcome.queries[0].options as QueryOptions;
    expect(Object.keys(functions).sort()).toEqual([...SHIPPED_FUNCTIONS, "Admins"].sort());
    expect(functions.Admins).toBe("print User = 'a'");
  });

  it("reads the query from --file", async () => {
    workspace.write("q.kql", "print x = 2\n");
    const outcome = await query(["--file", "q.kql"]);

    expect(outcome.queries[0].query).toBe("print x = 2\n");
  });

  it("leaves schemas out when the folder is missing", async () => {
    workspace.remove();
    workspace = makeWorkspace([]);
    const outcome = await query(["print 1"]);

    const options = outcome.queries[0].options as QueryOptions;
    expect(options.schemasDir).toBeUndefined();
    expect(Object.keys(options.functions).sort()).toEqual(SHIPPED_FUNCTIONS);
    expect(SHIPPED_FUNCTIONS).toContain("_GetWatchlist");
  });
});

describe("query errors", () => {
  const cases: [string, string[], string][] = [
    [
      "no query",
      [],
      "error: missing query\n  hint: give the query as one argument, or with --file FILE\n",
    ],
    [
      "two queries",
      ["print 1", "print 2"],
      "error: expected one query argument, got 2\n  hint: quote the whole query, such as kql-rule-test query 'print x = 1'\n",
    ],
    [
      "query and --file",
      ["print 1", "--file", "q.kql"],
      "error: give the query either as an argument or with --file, not both\n  hint: run 'kql-rule-test --help' for the commands and options\n",
    ],
    [
      "a missing query file",
      ["--file", "q.kql"],
      "error: query file 'q.kql' not found\n  hint: check the path; it is relative to ROOT\n",
    ],
    [
      "a table without a name",
      ["--table", "events.json", "print 1"],
      "error: invalid --table 'events.json'\n  hint: write --table NAME=FILE, such as --table ZoomLogs=events.ndjson\n",
    ],
    [
      "a missing table file",
      ["--table", "T=none.json", "print 1"],
      "error: table file 'none.json' not found\n  hint: check the path; it is relative to ROOT\n",
    ],
    [
      "a missing schemas folder",
      ["--schemas", "none", "print 1"],
      "error: folder 'none' given by --schemas not found\n  hint: check the path; it is relative to ROOT\n",
    ],
  ];

  it.each(cases)("%s exits 2", async (_name, argv, stderr) => {
    const outcome = await query(argv);

    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toBe(stderr.replace("ROOT", workspace.root));
    expect(outcome.queries).toEqual([]);
  });

  it("rejects a table given twice", async () => {
    workspace.write("a.json", "[]");
    const outcome = await query(["--table", "T=a.json", "--table", "T=a.json", "T"]);

    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe(
      "error: table 'T' is given twice by --table\n  hint: run 'kql-rule-test --help' for the commands and options\n",
    );
  });
});
