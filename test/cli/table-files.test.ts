import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError, formatInputError } from "../../src/errors.js";
import { readTableFile } from "../../src/cli/table-files.js";
import { makeWorkspace, type Workspace } from "./cli-harness.js";

let workspace: Workspace;

beforeEach(() => {
  workspace = makeWorkspace([]);
});

afterEach(() => {
  workspace.remove();
});

function read(file: string, text: string) {
  workspace.write(file, text);
  return readTableFile(workspace.root, file);
}

function errorOf(file: string, text: string): string {
  try {
    read(file, text);
  } catch (error: unknown) {
    if (error instanceof InputError) return formatInputError(error);
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("readTableFile", () => {
  it("reads a JSON array", () => {
    expect(read("t.json", '[{"a":1},{"a":2,"b":"x"}]')).toEqual([{ a: 1 }, { a: 2, b: "x" }]);
  });

  it("reads JSON columns and rows", () => {
    const table = { columns: [{ name: "a", type: "long" }], rows: [[1]] };

    expect(read("t.json", JSON.stringify(table))).toEqual(table);
  });

  it("reads a YAML list", () => {
    expect(read("t.yml", "- a: 1\n  b: two\n- a: 3\n")).toEqual([{ a: 1, b: "two" }, { a: 3 }]);
  });

  it("reads NDJSON with CRLF and blank lines", () => {
    expect(read("t.jsonl", '{"a":1}\r\n\r\n{"a":2}\r\n')).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("reads CSV cells as text", () => {
    const csv = 'User,Count,Note\r\nu1,4,"a, ""quoted"" note"\r\nu2,,\r\n';

    expect(read("t.csv", csv)).toEqual([
      { User: "u1", Count: "4", Note: 'a, "quoted" note' },
      { User: "u2", Count: "", Note: "" },
    ]);
  });

  it("reads an empty CSV as no rows", () => {
    expect(read("t.csv", "")).toEqual([]);
  });
});

describe("readTableFile errors", () => {
  const cases: [string, string, string, string][] = [
    [
      "an unknown extension",
      "t.txt",
      "",
      "error: unknown table file type '.txt'\n  --> t.txt\n  hint: use .json, .ndjson, .jsonl, .csv, .yaml or .yml",
    ],
    [
      "a JSON object of rows",
      "t.json",
      '{"a":1}',
      "error: a table file must hold a list of objects, one per row\n  --> t.json\n  hint: or give {columns: [{name, type}], rows: [[...]]}",
    ],
    [
      "a list of numbers",
      "t.yaml",
      "- 1\n- 2\n",
      "error: a table file must hold a list of objects, one per row\n  --> t.yaml\n  hint: or give {columns: [{name, type}], rows: [[...]]}",
    ],
    [
      "an NDJSON array line",
      "t.ndjson",
      '{"a":1}\n[1]\n',
      "error: each NDJSON line must be a JSON object\n  --> t.ndjson:2\n   | [1]\n  hint: write one JSON object per line",
    ],
    [
      "a short CSV record",
      "t.csv",
      "a,b\n1\n",
      "error: CSV record has 1 cells but the header has 2\n  --> t.csv:2\n  hint: give every record one cell per header column",
    ],
  ];

  it.each(cases)("rejects %s", (_name, file, text, expected) => {
    expect(errorOf(file, text)).toBe(expected);
  });

  it("places invalid YAML", () => {
    expect(errorOf("t.yaml", "- a: 1\n  b: [\n")).toMatch(/^error: invalid YAML: .*\n {2}--> t\.yaml:\d+:\d+\n/);
  });

  it("names invalid JSON", () => {
    expect(errorOf("t.json", "[{")).toMatch(/^error: invalid JSON: .*\n {2}--> t\.json\n/);
  });

  it("names an unterminated CSV quote", () => {
    expect(errorOf("t.csv", 'a\n"open\n')).toMatch(/^error: invalid CSV: /);
  });
});
