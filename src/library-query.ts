import { InputError } from "./errors.js";
import {
  evaluateQuery as evaluateCheckedQuery,
  type EvaluateQueryOptions,
  type ResultJson,
  type TableInput,
} from "./kql/index.js";

const TABLES_SHAPE =
  "map each table name to an array of row objects, or to { columns: [{ name, type }], rows: [...] }";

/**
 * Evaluates one KQL query over tables given as JSON-like values and returns
 * the result JSON (`{ columns, rows }`, see the README). `tables` maps a
 * table name to an array of row objects, typed by the table's schema or
 * inferred, or to `{ columns: [{ name, type }], rows }`. Throws an
 * `InputError` for a `tables` argument of another shape, an invalid query
 * or a value that does not fit its column. `long` values beyond 2^53 come
 * back as `bigint`, so print the result with `stringifyJson`.
 */
export function evaluateQuery(
  query: string,
  tables: Readonly<Record<string, TableInput>> = {},
  options: EvaluateQueryOptions = {},
): ResultJson {
  if (typeof query !== "string") {
    throw new InputError(`invalid query argument: expected the KQL text as a string, got ${describe(query)}`, {
      hint: 'call evaluateQuery("print x = 1")',
      kind: "usage",
    });
  }
  checkTables(tables);
  return evaluateCheckedQuery(query, tables, options);
}

/** Checks the shape of the `tables` argument; row values are checked later, per column. */
export function checkTables(tables: unknown): void {
  if (!isRecord(tables)) {
    throw new InputError(`invalid tables argument: expected an object, got ${describe(tables)}`, {
      hint: TABLES_SHAPE,
      kind: "usage",
    });
  }
  for (const [name, table] of Object.entries(tables)) {
    const problem = tableProblem(table);
    if (problem !== undefined) {
      throw new InputError(`invalid table '${name}' in the tables argument: ${problem}`, {
        hint: TABLES_SHAPE,
        kind: "usage",
      });
    }
  }
}

function tableProblem(table: unknown): string | undefined {
  if (Array.isArray(table)) {
    const index = table.findIndex((row) => !isRecord(row));
    if (index < 0) return undefined;
    return `row ${index} is ${describe(table[index])}, not an object`;
  }
  if (!isRecord(table)) return `expected an array or an object, got ${describe(table)}`;

  const { columns, rows } = table;
  if (!Array.isArray(columns)) return `expected columns to be an array, got ${describe(columns)}`;
  const column = columns.findIndex(
    (item) => !isRecord(item) || typeof item.name !== "string" || typeof item.type !== "string",
  );
  if (column >= 0) return `column ${column} is not { name, type } with two strings`;
  if (!Array.isArray(rows)) return `expected rows to be an array, got ${describe(rows)}`;
  const row = rows.findIndex((item) => !Array.isArray(item) && !isRecord(item));
  if (row >= 0) return `row ${row} is ${describe(rows[row])}, not an array or an object`;
  return undefined;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
