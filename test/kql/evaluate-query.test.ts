// The result JSON follows the project's query result format: Kusto type
// names, datetimes and timespans as text, exact longs, decimals as strings.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateQuery } from "../../src/kql/evaluate-query.js";
import { stringifyJson } from "../../src/kql/values/json.js";
import { captureError, NOW } from "./engine-cases.js";

describe("evaluateQuery", () => {
  it("runs without tables", () => {
    const result = evaluateQuery("print x = 1, s = 'a'");
    expect(result).toEqual({ columns: [{ name: "x", type: "long" }, { name: "s", type: "string" }], rows: [[1, "a"]] });
  });

  it("uses repository schemas", () => {
    const rows = [{ TimeGenerated: "2026-04-20T08:00:00Z", User: "u@example.com", Event: "x" }];
    const result = evaluateQuery("ZoomLogs | project TimeGenerated, User, MeetingEvents", { ZoomLogs: rows }, { now: NOW });
    expect(result.columns).toEqual([
      { name: "TimeGenerated", type: "datetime" },
      { name: "User", type: "string" },
      { name: "MeetingEvents", type: "string" },
    ]);
    expect(result.rows).toEqual([["2026-04-20T08:00:00Z", "u@example.com", ""]]);
  });

  it("infers unknown tables", () => {
    const rows = [{ Name: "a", Count: 2, Seen: "2026-04-20T08:00:00Z", Score: 1.5, Tags: ["x"] }];
    const result = evaluateQuery("Custom_CL | extend Next = Count + 1", { Custom_CL: rows });
    expect(result.columns.map((column) => `${column.name}:${column.type}`)).toEqual([
      "Name:string", "Count:long", "Seen:datetime", "Score:real", "Tags:dynamic", "Next:long",
    ]);
    expect(result.rows).toEqual([["a", 2, "2026-04-20T08:00:00Z", 1.5, ["x"], 3]]);
  });

  it("accepts columns and rows", () => {
    const table = { columns: [{ name: "D", type: "decimal" }, { name: "R", type: "real" }], rows: [["1.25", "NaN"]] };
    const result = evaluateQuery("T", { T: table });
    expect(result.rows).toEqual([["1.25", "NaN"]]);
  });

  it("writes long values exactly", () => {
    const result = evaluateQuery("print big = 9223372036854775807, t = 1d + 2h");
    expect(stringifyJson(result)).toBe(
      '{"columns":[{"name":"big","type":"long"},{"name":"t","type":"timespan"}],"rows":[[9223372036854775807,"1.02:00:00"]]}',
    );
  });

  it("reads a schema folder", () => {
    const folder = mkdtempSync(join(tmpdir(), "schemas-"));
    writeFileSync(join(folder, "Mine.json"), JSON.stringify({ name: "Mine", columns: [{ name: "Flag", type: "bool" }] }));
    const result = evaluateQuery("Mine | where Flag", { Mine: [{ Flag: true }, { Flag: false }] }, { schemasDir: folder });
    expect(result.rows).toEqual([[true]]);
  });

  it("rejects unknown columns in rows", () => {
    const error = captureError(() => evaluateQuery("ZoomLogs", { ZoomLogs: [{ Usr: "x" }] }));
    expect(error.message).toBe("column 'Usr' is not in the schema of table 'ZoomLogs'");
  });

  it("rejects values of the wrong type", () => {
    const error = captureError(() => evaluateQuery("ZoomLogs", { ZoomLogs: [{ TimeGenerated: "yesterday" }] }));
    expect(error.kind).toBe("type");
  });
});
