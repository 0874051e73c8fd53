// Errors follow the diagnostics of Kusto.Language. Workspace functions are
// declared as in https://learn.microsoft.com/kusto/query/functions/user-defined-functions.
import { describe, expect, it } from "vitest";
import { compileQuery } from "../../src/kql/compile-query.js";
import { formatPlan } from "../../src/kql/plan/format.js";
import type { Table } from "../../src/kql/types.js";
import { parseDatetime } from "../../src/kql/types.js";
import { captureError } from "./engine-cases.js";

const columns = [
  { name: "User", type: "string" as const },
  { name: "Size", type: "long" as const },
];
const options = { tables: { T: columns } };
const now = parseDatetime("2026-04-20T09:00:00Z") ?? 0;

function table(rows: (string | number)[][]): Table {
  return { columns, rows };
}

describe("compileQuery", () => {
  it("reuses one compilation", () => {
    const query = compileQuery("T | where Size > 1 | project User", options);
    expect(query.evaluate({ tables: { T: table([["a", 2]]) }, now }).rows).toEqual([["a"]]);
    expect(query.evaluate({ tables: { T: table([["b", 0], ["c", 5]]) }, now }).rows).toEqual([["c"]]);
  });

  it("reads a missing table as empty", () => {
    const query = compileQuery("T | summarize n = count()", options);
    expect(query.evaluate({ tables: {}, now }).rows).toEqual([[0]]);
  });

  it("rearranges columns by name", () => {
    const query = compileQuery("T | project Size", options);
    const swapped: Table = { columns: [columns[1], columns[0]], rows: [[7, "a"]] };
    expect(query.evaluate({ tables: { T: swapped }, now }).rows).toEqual([[7]]);
  });

  it("uses each evaluation's now", () => {
    const query = compileQuery("let since = ago(1h); print since", options);
    expect(query.evaluate({ tables: {}, now }).rows).toEqual([[now - 36_000_000_000]]);
    expect(query.evaluate({ tables: {}, now: 0 }).rows).toEqual([[-36_000_000_000]]);
  });

  it("reports result columns and tables", () => {
    const query = compileQuery("T | join (T) on User | project User, Size1", options);
    expect(query.resultColumns).toEqual([
      { name: "User", type: "string" },
      { name: "Size1", type: "long" },
    ]);
    expect(query.tablesReferenced).toEqual(["T"]);
  });

  it("expands workspace functions", () => {
    const functions = { Big: "T | where Size > 4", Named: "(who: string) { T | where User == who }" };
    const query = compileQuery("Big | union Named('a') | project User", { ...options, functions });
    const rows = query.evaluate({ tables: { T: table([["a", 1], ["b", 5]]) }, now }).rows;
    expect(rows).toEqual([["b"], ["a"]]);
  });
});

describe("compile errors", () => {
  it("places an unknown column", () => {
    const error = captureError(() => compileQuery("T\n| where Sise > 1", options));
    expect(error.kind).toBe("semantic");
    expect(error.message).toBe("unknown column 'Sise'");
    expect(error.line).toBe(2);
    expect(error.column).toBe(9);
    expect(error.sourceLine).toBe("| where Sise > 1");
    expect(error.file).toBeUndefined();
  });

  it("names an unknown table", () => {
    const error = captureError(() => compileQuery("Tx | take 1", options));
    expect(error.kind).toBe("semantic");
    expect(error.message).toBe("unknown table 'Tx'");
  });

  it("reports syntax errors", () => {
    const error = captureError(() => compileQuery("T | where", options));
    expect(error.kind).toBe("syntax");
    expect(error.message).toBe("missing expression");
    expect(error.column).toBe(10);
  });

  it("counts further errors in the hint", () => {
    const error = captureError(() => compileQuery("T | where A > 1 and B > 2", options));
    expect(error.message).toBe("unknown column 'A'");
    expect(error.hint).toContain("the query has 1 more error");
  });

  it("rejects unsupported operators", () => {
    const error = captureError(() => compileQuery("T | extend d = dynamic([1]) | evaluate autocluster()", options));
    expect(error.kind).toBe("unsupported");
    expect(error.message).toBe("the plugin 'autocluster' of evaluate is not supported yet");
    expect(error.column).toBe(40);
  });

  it("rejects unsupported functions", () => {
    const error = captureError(() => compileQuery("T | extend x = zlib_compress_to_base64_string(User)", options));
    expect(error.kind).toBe("unsupported");
    expect(error.message).toBe("the function 'zlib_compress_to_base64_string' is not supported yet");
    expect(error.column).toBe(16);
  });

  it("places errors in functions at the call", () => {
    const query = "let f = (s: string) { zlib_compress_to_base64_string(s) };\nT | extend g = f(User)";
    const error = captureError(() => compileQuery(query, options));
    expect(error.kind).toBe("unsupported");
    expect(error.line).toBe(2);
    expect(error.column).toBe(16);
  });

  it("rejects unsupported scalar operators", () => {
    const error = captureError(() => compileQuery("T | where User like 'a%'", options));
    expect(error.kind).toBe("unsupported");
    expect(error.message).toBe("the operator 'like' is not supported yet");
  });
});

describe("plan", () => {
  it("keeps let constants", () => {
    const query = compileQuery("let threshold = 3;\nlet since = ago(1d);\nT | where Size > threshold", options);
    expect(query.plan.constants).toEqual([{ name: "threshold", offset: 0, type: "long", value: 3 }]);
  });

  it("keeps offsets and names", () => {
    const query = compileQuery("T | summarize n = count() by User | where n > 3", options);
    const root = query.plan.root;
    expect(root.kind).toBe("where");
    if (root.kind !== "where") return;
    expect(root.offset).toBe(36);
    expect(root.input.kind).toBe("summarize");
    expect(root.predicate).toEqual({
      kind: "call",
      offset: 42,
      type: "bool",
      name: ">",
      args: [
        { kind: "column", offset: 42, type: "long", name: "n" },
        { kind: "literal", offset: 46, type: "long", value: 3 },
      ],
    });
  });

  it("formats for debugging", () => {
    const query = compileQuery("let n = 2; T | summarize c = makeset(User) | where array_length(c) > n", options);
    expect(formatPlan(query.plan)).toBe(
      [
        "let n = 2 @0",
        "where >(array_length(c), n) @45 (c:dynamic)",
        "  summarize make_set by  @15 (c:dynamic)",
        "    table T @11 (User:string, Size:long)",
      ].join("\n"),
    );
  });

  it("refers to let constants by name", () => {
    const query = compileQuery("let threshold = 3; T | where Size > threshold", options);
    const root = query.plan.root;
    if (root.kind !== "where" || root.predicate.kind !== "call") throw new Error("unexpected plan");
    expect(root.predicate.args[1]).toMatchObject({ kind: "variable", name: "threshold", value: 3 });
  });
});
