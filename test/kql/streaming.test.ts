import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { TableStream } from "../../src/kql/api.js";
import { compileQuery } from "../../src/kql/index.js";
import { parseDatetime, type Column, type Value } from "../../src/kql/types.js";
import { compileRule } from "../../src/rules/rule-compiler.js";
import { loadRuleFile } from "../../src/rules/rule-loader.js";
import { compileOptionsOf, loadSchemas } from "../../src/rules/index.js";
import { restrictToWindow, runRule } from "../../src/rules/run.js";

// A table given as a stream must give the same result as the same rows in
// an array, whether the engine streams it or reads it into an array first.

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const AT = parseDatetime("2026-04-20T09:00:00Z")!;
const MINUTE = 600_000_000;

const columns: Column[] = [
  { name: "TimeGenerated", type: "datetime" },
  { name: "User", type: "string" },
  { name: "Count", type: "long" },
];

const rows: Value[][] = Array.from({ length: 30 }, (_, i) => [
  AT - i * 7 * MINUTE,
  `user${i % 4}@example.com`,
  i,
]);

/** Wraps the rows in a generator that fails when it is read twice. */
function streamOf(source: readonly Value[][]): TableStream & { reads: number } {
  const stream = {
    columns,
    reads: 0,
    rows: {
      [Symbol.iterator]: () => {
        stream.reads++;
        if (stream.reads > 1) throw new Error("the stream was read twice");
        return source[Symbol.iterator]();
      },
    },
  };
  return stream;
}

const QUERIES: readonly string[] = [
  "T",
  "T | where Count > 10",
  "T | extend Double = Count * 2",
  "T | project User, Count | where Count % 3 == 0",
  "T | where Count > 5 | summarize Total = sum(Count), N = count() by User",
  "T | summarize max(Count)",
  "T | where Count < 20 | sort by Count desc | take 3",
  "T | where User endswith '1@example.com' | count",
  "T | serialize | extend Previous = prev(Count)",
  "T | join kind=inner (T | summarize Max = max(Count) by User) on User",
  "let Big = T | where Count > 20; Big | union Big | count",
  "T | where Count == toscalar(T | summarize max(Count))",
  "T | where User in ((T | where Count == 2 | project User))",
];

describe("streamed tables", () => {
  it.each(QUERIES)("same result: %s", (query) => {
    const compiled = compileQuery(query, { tables: { T: columns } });
    const now = AT;
    const fromArray = compiled.evaluate({ tables: { T: { columns, rows } }, now });
    const stream = streamOf(rows);
    const fromStream = compiled.evaluate({ tables: { T: stream }, now });

    expect(fromStream).toEqual(fromArray);
    expect(stream.reads).toBe(1);
  });

  it("join reads a twice-used table once", () => {
    const query = "T | join kind=inner (T | where Count > 27) on User | count";
    const compiled = compileQuery(query, { tables: { T: columns } });
    const stream = streamOf(rows);
    const result = compiled.evaluate({ tables: { T: stream }, now: AT });

    expect(result.rows).toEqual([[16]]);
    expect(stream.reads).toBe(1);
  });

  it("summarize reads rows as they come", () => {
    const query = "T | where Count >= 0 | summarize count()";
    const compiled = compileQuery(query, { tables: { T: columns } });
    let pending = 0;
    let maxPending = 0;
    function* counted(): Generator<Value[]> {
      for (const row of rows) {
        pending++;
        maxPending = Math.max(maxPending, pending);
        yield row;
        pending--;
      }
    }
    const result = compiled.evaluate({
      tables: { T: { columns, rows: counted() } },
      now: AT,
    });

    expect(result.rows).toEqual([[30]]);
    expect(maxPending).toBe(1);
  });
});

describe("restrictToWindow on streams", () => {
  const window = { start: AT - 60 * MINUTE, end: AT };

  it("filters without an array", () => {
    const restricted = restrictToWindow("T", streamOf(rows), window);

    expect(Array.isArray(restricted.rows)).toBe(false);
    expect([...restricted.rows]).toEqual(rows.slice(0, 9));
  });

  it("keeps arrays as arrays", () => {
    const restricted = restrictToWindow("T", { columns, rows }, window);

    expect(restricted.rows).toEqual(rows.slice(0, 9));
  });
});

describe("seed rule on a stream", () => {
  const schemas = loadSchemas(join(ROOT, "schemas"));
  const loaded = loadRuleFile(join(ROOT, "rules/zoom/SupiciousLinkSharing.yaml"));
  const rule = compileRule(loaded.rules[0], compileOptionsOf(schemas));
  const zoomColumns = schemas.tables.ZoomLogs;

  /** Three users sharing two links in up to seven channels each. */
  function zoomRows(): Value[][] {
    const names = zoomColumns.map((column) => column.name);
    const output: Value[][] = [];
    for (let i = 0; i < 40; i++) {
      const event: Record<string, Value> = {
        TimeGenerated: AT - (i + 1) * 30 * MINUTE,
        Event: "chat_message.sent",
        User: `user${i % 3}@example.com`,
        UserId: `u-${i % 3}`,
        ChatEvents: JSON.stringify({
          Channel: `channel-${i % 7}`,
          Message: `see https://files.example.net/${i % 2}`,
        }),
      };
      output.push(names.map((name) => event[name] ?? ""));
    }
    return output;
  }

  it("raises the same alerts", () => {
    const source = zoomRows();
    const table = { columns: zoomColumns, rows: source };
    const fromArray = runRule(rule, { ZoomLogs: table }, AT);
    const stream = { columns: zoomColumns, rows: source.values() };
    const fromStream = runRule(rule, { ZoomLogs: stream }, AT);

    expect(fromArray.rowCount).toBe(6);
    expect(fromArray.alerts.length).toBe(1);
    expect(fromStream.rowCount).toBe(6);
    expect(fromStream.alerts).toEqual(fromArray.alerts);
    expect(fromStream.result).toEqual(fromArray.result);
  });
});
