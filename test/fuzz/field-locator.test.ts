import { describe, expect, it } from "vitest";
import { summarizeByKeys } from "../../src/fuzz/column-trace.js";
import { locateField, readField, writeField } from "../../src/fuzz/field-locator.js";
import { findAll, parseQuery } from "../../src/fuzz/syntax.js";
import type { Table } from "../../src/kql/types.js";
import { repositorySchemas } from "./corpus.js";

const QUERY = [
  "ZoomLogs",
  "| extend Channel = tostring(parse_json(ChatEvents).Channel)",
  "| extend Person = User",
  "| summarize dcount(Channel), dcount(strlen(Channel)) by Person, bin(TimeGenerated, 1h)",
].join("\n");

describe("locateField", () => {
  const query = parseQuery(QUERY, { tables: repositorySchemas() });
  const [summarize] = findAll(query.root, "SummarizeOperator");
  const [channel, length] = findAll(summarize, "FunctionCallExpression")
    .filter((call) => call.Name.SimpleName === "dcount")
    .map((call) => call.ArgumentList.Expressions.getItem(0).Element);
  const [person, bin] = summarizeByKeys(summarize);

  it("follows parse_json paths", () => {
    expect(locateField(query, summarize, channel)).toEqual({ column: "ChatEvents", path: ["Channel"] });
  });

  it("follows renames", () => {
    expect(locateField(query, summarize, person)).toEqual({ column: "User", path: [] });
  });

  it("rejects computed values", () => {
    expect(locateField(query, summarize, length)).toBeUndefined();
    expect(locateField(query, summarize, bin)).toBeUndefined();
  });
});

describe("writeField", () => {
  const table: Table = {
    columns: [
      { name: "ChatEvents", type: "string" },
      { name: "Extra", type: "dynamic" },
    ],
    rows: [['{"Channel":"a","Message":"m"}', { deep: { x: 1 } }]],
  };

  it("rewrites JSON text", () => {
    const row = writeField(table, table.rows[0], { column: "ChatEvents", path: ["Channel"] }, "b");

    expect(row[0]).toBe('{"Channel":"b","Message":"m"}');
    expect(readField(table, row, { column: "ChatEvents", path: ["Message"] })).toBe("m");
  });

  it("sets a dynamic path", () => {
    const row = writeField(table, table.rows[0], { column: "Extra", path: ["deep", "y"] }, 2);

    expect(row[1]).toEqual({ deep: { x: 1, y: 2 } });
    expect(table.rows[0][1]).toEqual({ deep: { x: 1 } });
  });

  it("starts empty text as a map", () => {
    const empty: Table = { columns: table.columns, rows: [["", null]] };
    const row = writeField(empty, empty.rows[0], { column: "ChatEvents", path: ["Channel"] }, "c");

    expect(row[0]).toBe('{"Channel":"c"}');
  });
});
