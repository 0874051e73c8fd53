import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { parseCsv } from "../cases/csv.js";
import { InputError } from "../errors.js";
import type { QueryTableInput } from "./dependencies.js";
import { usageError } from "./usage.js";

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Reads the tables of `--table NAME=FILE` options. The file extension picks
 * the format. A `.json`, `.yaml` or `.yml` file contains an array of
 * objects or `{columns, rows}`, and an `.ndjson` or `.jsonl` file one object
 * per line. A `.csv` file has a header row, then one row per record, and
 * every cell is text (an empty cell is an empty string).
 */
export function readTableFiles(
  cwd: string,
  specs: readonly string[],
): Record<string, QueryTableInput> {
  const tables: Record<string, QueryTableInput> = {};
  for (const spec of specs) {
    const { name, file } = splitTableSpec(spec);
    if (name in tables) throw usageError(`table '${name}' is given twice by --table`);
    tables[name] = readTableFile(cwd, file);
  }
  return tables;
}

function splitTableSpec(spec: string): { name: string; file: string } {
  const equals = spec.indexOf("=");
  const name = spec.slice(0, Math.max(equals, 0));
  const file = spec.slice(equals + 1);
  if (equals < 0 || !TABLE_NAME.test(name) || file === "") {
    throw usageError(
      `invalid --table '${spec}'`,
      "write --table NAME=FILE, such as --table ZoomLogs=events.ndjson",
    );
  }
  return { name, file };
}

/** Reads one table file in the format its extension names. */
export function readTableFile(cwd: string, file: string): QueryTableInput {
  const format = extname(file).toLowerCase();
  const text = readText(cwd, file);
  switch (format) {
    case ".json":
      return checkTable(file, parseJson(file, text));
    case ".yaml":
    case ".yml":
      return checkTable(file, parseYamlText(file, text));
    case ".ndjson":
    case ".jsonl":
      return parseNdjson(file, text);
    case ".csv":
      return parseCsvTable(file, text);
    default:
      throw new InputError(`unknown table file type '${format || file}'`, {
        file,
        hint: "use .json, .ndjson, .jsonl, .csv, .yaml or .yml",
        kind: "usage",
      });
  }
}

function readText(cwd: string, file: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error: unknown) {
    const code = (error as { code?: unknown }).code;
    const problem = code === "ENOENT" ? "not found" : `cannot be read (${String(code)})`;
    throw new InputError(`table file '${file}' ${problem}`, {
      hint: `check the path; it is relative to ${cwd}`,
      kind: "usage",
    });
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error: unknown) {
    throw new InputError(`invalid JSON: ${(error as Error).message}`, {
      file,
      hint: "write a JSON array of objects, one per row",
      kind: "invalid",
    });
  }
}

function parseYamlText(file: string, text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error: unknown) {
    const position = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new InputError(`invalid YAML: ${(error as Error).message.split("\n")[0]}`, {
      file,
      line: position?.line,
      column: position?.col,
      hint: "write a YAML list of maps, one per row",
      kind: "yaml",
    });
  }
}

function checkTable(file: string, value: unknown): QueryTableInput {
  if (Array.isArray(value) && value.every(isRecord)) return value;
  if (isRecord(value) && Array.isArray(value.columns) && Array.isArray(value.rows)) {
    return value as QueryTableInput;
  }
  throw new InputError("a table file must hold a list of objects, one per row", {
    file,
    hint: "or give {columns: [{name, type}], rows: [[...]]}",
    kind: "invalid",
  });
}

function parseNdjson(file: string, text: string): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;

    const place = { file, line: index + 1, sourceLine: line, hint: "write one JSON object per line" };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error: unknown) {
      throw new InputError(`invalid JSON: ${(error as Error).message}`, place);
    }
    if (!isRecord(value)) throw new InputError("each NDJSON line must be a JSON object", place);
    rows.push(value);
  });
  return rows;
}

function parseCsvTable(file: string, text: string): Record<string, unknown>[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error: unknown) {
    throw new InputError(`invalid CSV: ${(error as Error).message}`, {
      file,
      hint: "close each quoted cell with a double quote",
    });
  }
  const [header, ...body] = records;
  if (!header) return [];

  const names = header.cells.map((name) => name.trim());
  return body.map((record) => {
    if (record.cells.length !== names.length) {
      throw new InputError(
        `CSV record has ${record.cells.length} cells but the header has ${names.length}`,
        { file, line: record.line, hint: "give every record one cell per header column" },
      );
    }
    return Object.fromEntries(names.map((name, index) => [name, record.cells[index]]));
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
