// Names after `evaluate pivot` or `evaluate bag_unpack` without an output
// schema name columns that only the data creates, so they resolve when
// the query runs. Rules from https://learn.microsoft.com/kusto/query/pivot-plugin
// and https://learn.microsoft.com/kusto/query/bag-unpack-plugin.
import { describe, expect, it } from "vitest";
import { compileQuery } from "../../src/kql/compile-query.js";
import type { CompiledQuery } from "../../src/kql/api.js";
import type { Table } from "../../src/kql/types.js";
import { captureError } from "./engine-cases.js";

const EVENTS: Table = {
  columns: [
    { name: "Id", type: "long" },
    { name: "Key", type: "string" },
    { name: "Value", type: "string" },
  ],
  rows: [
    [1n, "ObjectType", "Key"],
    [1n, "ObjectName", "HKLM"],
    [2n, "ObjectType", "File"],
  ],
};

const BAGS: Table = {
  columns: [{ name: "d", type: "dynamic" }],
  rows: [[{ Image: "cmd.exe" }], [{ Image: "ps.exe", User: "bob" }]],
};

const OPTIONS = {
  tables: { Events: EVENTS.columns, Bags: BAGS.columns },
};

function compile(text: string): CompiledQuery {
  return compileQuery(text, OPTIONS);
}

function run(query: CompiledQuery, tables: Record<string, Table>) {
  return query.evaluate({ tables, now: 0 });
}

describe("names made by the data", () => {
  it("reads a pivot column", () => {
    const query = compile(
      "Events\n| evaluate pivot(Key, take_any(Value), Id)\n| extend Image = ObjectType\n| project Id, Image",
    );
    expect(run(query, { Events: EVENTS }).rows).toEqual([
      [1n, "Key"],
      [2n, "File"],
    ]);
  });

  it("filters on a pivot column", () => {
    const query = compile(
      "Events | evaluate pivot(Key, take_any(Value), Id) | where ObjectType == 'Key' | project ObjectName",
    );
    expect(run(query, { Events: EVENTS }).rows).toEqual([["HKLM"]]);
  });

  it("reads a bag_unpack column", () => {
    const query = compile("Bags | evaluate bag_unpack(d) | project Image");
    expect(run(query, { Bags: BAGS }).rows).toEqual([["cmd.exe"], ["ps.exe"]]);
  });

  it("raises a misspelt name at run time", () => {
    const query = compile(
      "Events\n| evaluate pivot(Key, take_any(Value), Id)\n| extend Image = ObjectTipe",
    );
    const error = captureError(() => run(query, { Events: EVENTS }));
    expect(error.kind).toBe("semantic");
    expect(error.message).toBe("unknown column 'ObjectTipe'");
    expect(error.line).toBe(3);
    expect(error.column).toBe(18);
  });

  it("error on the pivot's line", () => {
    const text =
      "Events | evaluate pivot(Key, take_any(Value), Id) | where ObjectTipe == 'Key'";
    const error = captureError(() => run(compile(text), { Events: EVENTS }));
    expect(error.message).toBe("unknown column 'ObjectTipe'");
    expect(error.line).toBe(1);
    expect(error.column).toBe(text.indexOf("ObjectTipe") + 1);
  });

  it("raises a column the data lacks", () => {
    const query = compile(
      "Events | evaluate pivot(Key, take_any(Value), Id) | project ObjectName",
    );
    const empty = { Events: { columns: EVENTS.columns, rows: [] } };
    const error = captureError(() => run(query, empty));
    expect(error.message).toBe("unknown column 'ObjectName'");
  });

  it("rejects an unknown name before the pivot", () => {
    const text =
      "Events\n| where Kee == 'a'\n| evaluate pivot(Key, take_any(Value), Id)\n| extend Image = ObjectType";
    const error = captureError(() => compile(text));
    expect(error.kind).toBe("semantic");
    expect(error.message).toBe("unknown column 'Kee'");
    expect(error.line).toBe(2);
    expect(error.column).toBe(9);
  });

  it("rejects an unknown name after a declared schema", () => {
    const text =
      "Events | evaluate pivot(Key, take_any(Value), Id) : (Id:long, ObjectType:string) | project ObjectName";
    const error = captureError(() => compile(text));
    expect(error.message).toBe("unknown column 'ObjectName'");
  });
});
