// https://learn.microsoft.com/kusto/query/ingestion-time-function: the time
// a row was ingested. Rows give it in an extra `_IngestionTime` column, or
// else count as ingested at their TimeGenerated.
import { describe, expect, it } from "vitest";
import { compileQuery } from "../../src/kql/compile-query.js";
import type { Column, Table } from "../../src/kql/types.js";
import { parseDatetime } from "../../src/kql/types.js";
import { runCases } from "./engine-cases.js";

function dt(text: string): number {
  const ticks = parseDatetime(text);
  if (ticks === null) throw new Error(`bad datetime in test: ${text}`);
  return ticks;
}

const columns: Column[] = [
  { name: "TimeGenerated", type: "datetime" },
  { name: "User", type: "string" },
];
const options = { tables: { T: columns } };
const now = dt("2026-04-20T09:00:00Z");

const withIngestion: Table = {
  columns: [...columns, { name: "_IngestionTime", type: "datetime" }],
  rows: [
    [dt("2026-04-20T07:00:00Z"), "late", dt("2026-04-20T08:55:00Z")],
    [dt("2026-04-20T08:50:00Z"), "early", dt("2026-04-20T08:00:00Z")],
    [dt("2026-04-20T08:58:00Z"), "unknown", null],
  ],
};

describe("ingestion_time", () => {
  it("reads _IngestionTime", () => {
    const query = compileQuery("T | where ingestion_time() > ago(10m) | project User", options);
    const rows = query.evaluate({ tables: { T: withIngestion }, now }).rows;
    expect(rows).toEqual([["late"]]);
  });

  it("keeps _IngestionTime hidden", () => {
    const query = compileQuery("T | take 1", options);
    const result = query.evaluate({ tables: { T: withIngestion }, now });
    expect(result.columns).toEqual(columns);
    expect(result.rows).toEqual([[dt("2026-04-20T07:00:00Z"), "late"]]);
  });

  it("gives null for a null value", () => {
    const query = compileQuery("T | where User == 'unknown' | project t = ingestion_time()", options);
    const rows = query.evaluate({ tables: { T: withIngestion }, now }).rows;
    expect(rows).toEqual([[null]]);
  });

  it("falls back after extend", () => {
    const query = compileQuery("T | extend u = User | project t = ingestion_time(), u", options);
    const rows = query.evaluate({ tables: { T: withIngestion }, now }).rows;
    expect(rows[0]).toEqual([dt("2026-04-20T07:00:00Z"), "late"]);
  });
});

describe("ingestion_time without _IngestionTime", () => {
  const T = {
    columns: "TimeGenerated:datetime, User:string",
    rows: [["2026-04-20T08:55:00Z", "recent"], ["2026-04-20T07:00:00Z", "old"]],
  };
  runCases([
    {
      name: "uses TimeGenerated",
      query: "T | where ingestion_time() > ago(10m) | project User",
      tables: { T },
      rows: [["recent"]],
    },
    {
      name: "null without TimeGenerated",
      query: "T | summarize n = count() by User | extend t = ingestion_time() | project t",
      tables: { T },
      rows: [[null], [null]],
    },
  ]);
});
