import { describe, expect, it } from "vitest";
import { generateRows } from "../../src/coverage/index.js";
import { formatDatetime, parseDatetime, type Column } from "../../src/kql/types.js";

const NOW = parseDatetime("2026-04-20T09:00:00Z") as number;

const COLUMNS: Column[] = [
  { name: "TimeGenerated", type: "datetime" },
  { name: "UserPrincipalName", type: "string" },
  { name: "IPAddress", type: "string" },
  { name: "Message", type: "string" },
  { name: "Count", type: "long" },
  { name: "Score", type: "real" },
  { name: "Succeeded", type: "bool" },
  { name: "Elapsed", type: "timespan" },
  { name: "CorrelationId", type: "guid" },
  { name: "Properties", type: "dynamic" },
];

describe("generateRows", () => {
  const table = generateRows(COLUMNS, NOW);

  it("keeps the columns", () => {
    expect(table.columns).toBe(COLUMNS);
  });

  it("makes three rows and a null row", () => {
    expect(table.rows).toHaveLength(4);
    expect(table.rows[3]).toEqual([null, "", "", "", null, null, null, null, null, null]);
  });

  it("spaces times a minute apart", () => {
    const times = table.rows
      .slice(0, 3)
      .map((row) => formatDatetime(row[0] as number));

    expect(times).toEqual([
      "2026-04-20T08:59:00Z",
      "2026-04-20T08:58:00Z",
      "2026-04-20T08:57:00Z",
    ]);
  });

  it("fills the first row by type and name", () => {
    expect(table.rows[0].slice(1)).toEqual([
      "user1@contoso.com",
      "10.0.0.1",
      "Message-1",
      1,
      1.5,
      true,
      600_000_000,
      "00000000-0000-4000-8000-000000000001",
      { Name: "item-1", Value: 1, Tags: ["a", "b"] },
    ]);
  });

  it("varies dynamic values", () => {
    expect(table.rows[1][9]).toEqual([{ Name: "item-2" }, "text-2"]);
    expect(table.rows[2][9]).toBe("text-3");
  });

  it("is deterministic", () => {
    expect(generateRows(COLUMNS, NOW)).toEqual(table);
  });

  it("adds a row per text", () => {
    const columns = COLUMNS.slice(0, 5);
    const rows = generateRows(columns, NOW, { count: 1, texts: ["a", "b"] }).rows;

    expect(rows).toHaveLength(4);
    expect(rows[1].slice(1)).toEqual(["a", "a", "a", 2]);
    expect(rows[2].slice(1)).toEqual(["b", "b", "b", 3]);
    expect(formatDatetime(rows[2][0] as number)).toBe("2026-04-20T08:57:00Z");
  });

  it("puts text in dynamic columns", () => {
    const columns = COLUMNS.slice(-1);
    const rows = generateRows(columns, NOW, { count: 0, texts: ["x"] }).rows;

    expect(rows).toEqual([["x"], [null]]);
  });
});
