import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../errors.js";
import { compileQuery } from "./compile-query.js";
import { tableToJson } from "./result-json.js";
import type { ResultJson } from "./result-json.js";
import type { Column, KustoType, Table, Value } from "./types.js";
import { KUSTO_TYPES, datetimeFromDate, parseDatetime } from "./types.js";
import { coerceValue, inferType } from "./values/coerce.js";

/** Rows as objects, or a table with its own schema and rows (arrays or objects). */
export type TableInput =
  | readonly Record<string, unknown>[]
  | { readonly columns: readonly { name: string; type: string }[]; readonly rows: readonly unknown[] };

export interface EvaluateQueryOptions {
  /** A folder of `{ name, columns: [{ name, type }] }` JSON files; default: the repository's `schemas/`. */
  readonly schemasDir?: string;
  /** The value of `now()`: a `Date`, ISO 8601 text or datetime ticks; default: the current time. */
  readonly now?: Date | string | number;
  /** Workspace functions, as in `CompileOptions.functions`. */
  readonly functions?: Readonly<Record<string, string>>;
}

/**
 * Evaluates one query over tables given as JSON-like values and returns the
 * result JSON. A table named in `schemas/` gets that schema; another gets
 * one inferred from its rows. Throws `InputError` for invalid queries and
 * values.
 */
export function evaluateQuery(
  query: string,
  tables: Readonly<Record<string, TableInput>> = {},
  options: EvaluateQueryOptions = {},
): ResultJson {
  const schemas = loadSchemas(options.schemasDir ?? defaultSchemasDir());
  const inputs: Record<string, Table> = {};
  for (const [name, input] of Object.entries(tables)) {
    inputs[name] = toTable(name, input, schemas[name]);
  }
  const columnsByTable: Record<string, readonly Column[]> = { ...schemas };
  for (const [name, table] of Object.entries(inputs)) columnsByTable[name] = table.columns;

  const compiled = compileQuery(query, { tables: columnsByTable, functions: options.functions });
  const result = compiled.evaluate({ tables: inputs, now: nowTicks(options.now) });
  return tableToJson(result);
}

function defaultSchemasDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const candidates = [join(here, "..", "..", "schemas"), join(here, "..", "schemas"), join(process.cwd(), "schemas")];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0];
}

/** Reads every `*.json` schema file of a folder; a missing folder gives no schemas. */
export function loadSchemas(folder: string): Record<string, Column[]> {
  const schemas: Record<string, Column[]> = {};
  if (!existsSync(folder)) return schemas;
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json")).sort()) {
    const path = join(folder, file);
    const parsed = JSON.parse(readFileSync(path, "utf8")) as { name?: unknown; columns?: unknown };
    if (typeof parsed.name !== "string" || !Array.isArray(parsed.columns)) {
      throw new InputError("a schema file must be { name, columns: [{ name, type }] }", { file: path });
    }
    schemas[parsed.name] = parsed.columns.map((column: { name: string; type: string }) => ({
      name: column.name,
      type: kustoTypeOf(column.type, path),
    }));
  }
  return schemas;
}

function kustoTypeOf(type: string, where: string): KustoType {
  const lower = type.toLowerCase();
  const aliases: Record<string, KustoType> = { boolean: "bool", double: "real", date: "datetime", time: "timespan", uniqueid: "guid" };
  const resolved = aliases[lower] ?? lower;
  if ((KUSTO_TYPES as readonly string[]).includes(resolved)) return resolved as KustoType;
  throw new InputError(`unknown column type '${type}' in ${where}`, {
    hint: `use one of ${KUSTO_TYPES.join(", ")}`,
  });
}

function toTable(name: string, input: TableInput, schema: readonly Column[] | undefined): Table {
  if (!Array.isArray(input)) {
    const given = input as Exclude<TableInput, readonly Record<string, unknown>[]>;
    const columns = given.columns.map((column) => ({ name: column.name, type: kustoTypeOf(column.type, `table ${name}`) }));
    return { columns, rows: given.rows.map((row) => coerceRow(name, row, columns)) };
  }
  const rows = input as readonly Record<string, unknown>[];
  const columns = schema ? [...schema] : inferColumns(rows);
  const known = new Set(columns.map((column) => column.name));
  for (const row of rows) {
    const unknown = Object.keys(row).find((key) => !known.has(key));
    if (unknown !== undefined) {
      throw new InputError(`column '${unknown}' is not in the schema of table '${name}'`, {
        hint: "check the column name against the table schema",
      });
    }
  }
  return { columns, rows: rows.map((row) => coerceRow(name, row, columns)) };
}

function inferColumns(rows: readonly Record<string, unknown>[]): Column[] {
  const names: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!names.includes(key)) names.push(key);
  return names.map((name) => ({ name, type: inferType(rows.map((row) => row[name])) }));
}

function coerceRow(table: string, row: unknown, columns: readonly Column[]): Value[] {
  if (Array.isArray(row)) {
    return columns.map((column, i) => coerceValue(row[i], column.type, `column ${column.name} of table ${table}`));
  }
  const record = (row ?? {}) as Record<string, unknown>;
  return columns.map((column) => coerceValue(record[column.name], column.type, `column ${column.name} of table ${table}`));
}

function nowTicks(now: Date | string | number | undefined): number {
  if (typeof now === "number") return now;
  if (typeof now === "string") {
    const ticks = parseDatetime(now);
    if (ticks === null) throw new InputError(`invalid time '${now}'`, { hint: "write it in ISO 8601, such as 2026-04-20T09:00:00Z" });
    return ticks;
  }
  return datetimeFromDate(now ?? new Date());
}
