import { InputError } from "../errors.js";
import { compileQuery } from "./compile-query.js";
import { tableToJson } from "./result-json.js";
import type { ResultJson } from "./result-json.js";
import { defaultSchemasDir, kustoTypeOf, loadSchemas } from "./schemas.js";
import type { Column, Table, Value } from "./types.js";
import { datetimeFromDate, parseDatetime } from "./types.js";
import { coercerOf, inferType } from "./values/coerce.js";
import { rowCoercer } from "./values/row-coercer.js";

type RowObject = Record<string, unknown>;

/** A table with its own schema; rows are arrays in column order, or objects. */
export type TableWithSchema = {
  readonly columns: readonly { name: string; type: string }[];
  readonly rows: readonly unknown[];
};

/** Rows as objects, or a table with its own schema. */
export type TableInput = readonly RowObject[] | TableWithSchema;

export interface EvaluateQueryOptions {
  /** A folder of schema files; the default is the repository's `schemas/`. */
  readonly schemasDir?: string;
  /**
   * The value of `now()`: a `Date`, ISO 8601 text or datetime ticks. The
   * default is the current time.
   */
  readonly now?: Date | string | number;
  /** Workspace functions, as in `CompileOptions.functions`. */
  readonly functions?: Readonly<Record<string, string>>;
}

/**
 * Evaluates one query over tables given as JSON-like values and returns
 * the result JSON. A table named in the schemas folder gets that schema;
 * another gets one inferred from its rows. Throws an `InputError` for an
 * invalid query or value.
 */
export function evaluateQuery(
  query: string,
  tables: Readonly<Record<string, TableInput>> = {},
  options: EvaluateQueryOptions = {},
): ResultJson {
  const schemas = loadSchemas(options.schemasDir ?? defaultSchemasDir());
  const inputs: Record<string, Table> = {};
  const columns: Record<string, readonly Column[]> = { ...schemas };
  for (const [name, input] of Object.entries(tables)) {
    inputs[name] = toTable(name, input, schemas[name]);
    columns[name] = inputs[name].columns;
  }
  const compiled = compileQuery(query, {
    tables: columns,
    functions: options.functions,
  });
  const result = compiled.evaluate({ tables: inputs, now: nowTicks(options.now) });
  return tableToJson(result);
}

function toTable(
  name: string,
  input: TableInput,
  schema: readonly Column[] | undefined,
): Table {
  if (!Array.isArray(input)) {
    const given = input as TableWithSchema;
    const columns = given.columns.map((column) => ({
      name: column.name,
      type: kustoTypeOf(column.type, `table ${name}`),
    }));
    return { columns, rows: coerceRows(name, given.rows, columns) };
  }
  const rows = input as readonly RowObject[];
  const columns = schema ? [...schema] : inferColumns(rows);
  const known = new Set(columns.map((column) => column.name));
  for (const row of rows) {
    const unknown = Object.keys(row).find((key) => !known.has(key));
    if (unknown !== undefined) {
      const message = `column '${unknown}' is not in the schema of table '${name}'`;
      throw new InputError(message, {
        hint: "check the column name against the table schema",
      });
    }
  }
  return { columns, rows: coerceRows(name, rows, columns) };
}

/** Infers columns in order of first appearance, typed from their values. */
function inferColumns(rows: readonly RowObject[]): Column[] {
  const names: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row)) if (!names.includes(key)) names.push(key);
  }
  return names.map((name) => {
    const values = rows.map((row) => row[name]);
    return { name, type: inferType(values) };
  });
}

/** Converts rows given as arrays in column order, or as objects. */
function coerceRows(
  table: string,
  rows: readonly unknown[],
  columns: readonly Column[],
): Value[][] {
  const where = (column: Column) => `column ${column.name} of table ${table}`;
  const fromObject = rowCoercer(columns, where);
  const coercers = columns.map((column) =>
    coercerOf(column.type, where(column)),
  );
  const fromArray = (row: readonly unknown[]) =>
    coercers.map((coerce, i) => coerce(row[i]));
  return rows.map((row) =>
    Array.isArray(row) ? fromArray(row) : fromObject((row ?? {}) as RowObject),
  );
}

function nowTicks(now: Date | string | number | undefined): number {
  if (typeof now === "number") return now;
  if (typeof now !== "string") return datetimeFromDate(now ?? new Date());

  const ticks = parseDatetime(now);
  if (ticks === null) {
    throw new InputError(`invalid time '${now}'`, {
      hint: "write it in ISO 8601, such as 2026-04-20T09:00:00Z",
    });
  }
  return ticks;
}
