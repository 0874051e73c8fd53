import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { kustoType, loadSchemas } from "../../src/rules/schemas.js";
import { writeFolder } from "./helpers.js";

describe("loadSchemas", () => {
  it("loads the repository schemas", () => {
    const { tables, errors } = loadSchemas("schemas");
    expect(errors).toEqual([]);
    expect(tables.ZoomLogs.slice(0, 3)).toEqual([
      { name: "TimeGenerated", type: "datetime" },
      { name: "Event", type: "dynamic" },
      { name: "MeetingEvents", type: "string" },
    ]);
    expect(Object.keys(tables)).toHaveLength(38);
  });

  it("lets a later folder override a table", () => {
    const own = writeFolder({
      "ZoomLogs.json": JSON.stringify({ name: "ZoomLogs", columns: [{ name: "Event", type: "String" }] }),
      "ZoomFunction.kql": "ZoomLogs | where Event != ''\n",
    });
    const { tables, functions } = loadSchemas(["schemas", own]);
    expect(tables.ZoomLogs).toEqual([{ name: "Event", type: "string" }]);
    expect(functions).toEqual({ ZoomFunction: "ZoomLogs | where Event != ''" });
    expect(tables.SigninLogs.length).toBeGreaterThan(10);
  });

  it("reports a bad type at its line", () => {
    const text = '{\n  "name": "T",\n  "columns": [\n    { "name": "A", "type": "text" }\n  ]\n}\n';
    const dir = writeFolder({ "T.json": text, "U.json": '{"name": "U", "columns": []}' });
    const { tables, errors } = loadSchemas(dir);
    expect(Object.keys(tables)).toEqual(["U"]);
    expect(errors.map((error) => [error.message, error.file, error.line])).toEqual([
      [
        "column A has type 'text', which is not a Kusto type: use one of bool, int, long, real, decimal, string, datetime, timespan, guid, dynamic",
        join(dir, "T.json"),
        4,
      ],
    ]);
  });

  it("reports a schema without columns", () => {
    const dir = writeFolder({ "T.json": '{"name": "T"}' });
    expect(loadSchemas(dir).errors.map((error) => error.message)).toEqual([
      'table T needs a "columns" list of { "name", "type" }',
    ]);
  });

  it("reports malformed JSON", () => {
    const dir = writeFolder({ "T.json": '{"name": "T",\n  "columns": [}' });
    const [error] = loadSchemas(dir).errors;
    expect(error.kind).toBe("yaml");
    expect(error.line).toBe(2);
  });

  it("reports a missing folder", () => {
    const { errors } = loadSchemas("/nonexistent/schemas");
    expect(errors[0].kind).toBe("io");
  });
});

describe("kustoType", () => {
  it.each([
    ["String", "string"],
    ["DateTime", "datetime"],
    ["Int64", "long"],
    ["System.Double", "real"],
    ["Boolean", "bool"],
    ["timespan", "timespan"],
  ])("reads %s as %s", (name, type) => {
    expect(kustoType(name)).toBe(type);
  });

  it("rejects an unknown type", () => {
    expect(kustoType("varchar")).toBeUndefined();
  });
});
