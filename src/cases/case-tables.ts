import { InputError } from "../errors.js";
import type { Column, KustoType, Table, Value } from "../kql/types.js";
import { coerceValue, inferType, parseJsonText } from "../kql/values/index.js";
import type { SourceRow, ValuePlace } from "./source-rows.js";

/** A table built from a case's events, and what the maintainer should know. */
export interface BuiltTable {
  readonly table: Table;
  readonly warnings: InputError[];
}

/**
 * Builds a typed table from raw events. Columns come from the table's
 * schema, in schema order, followed by any other column the events name.
 * Those take the type their source gives (a webhook column's suffix) or one
 * inferred from their values. A table with no schema gets an inferred one
 * and a warning at `tablePlace`. Each column a known schema lacks gets a
 * warning too, unless its source typed it. A value of the wrong type raises
 * an `InputError` at its line naming the column, the value and the type.
 */
export function buildTable(
  name: string,
  rows: readonly SourceRow[],
  schema: readonly Column[] | undefined,
  tablePlace: ValuePlace,
): BuiltTable {
  const warnings: InputError[] = [];
  if (!schema) {
    warnings.push(
      warningAt(tablePlace, `schema of ${name} inferred from the case's events`, {
        hint: `add schemas/${name}.json with the table's column names and Kusto types`,
      }),
    );
  }
  const columns = [...(schema ?? [])];
  const known = new Set(columns.map((column) => column.name));

  for (const columnName of extraColumnNames(rows, known)) {
    const typed = rows.find((row) => row.types?.[columnName])?.types?.[columnName];
    const type = typed ?? inferType(rawValues(rows, columnName));
    columns.push({ name: columnName, type });
    if (schema && !typed) {
      const place = rows.find((row) => columnName in row.values)?.placeOf(columnName);
      warnings.push(
        warningAt(
          place ?? tablePlace,
          `column '${columnName}' is not in the schema of ${name}; its type was inferred as ${type}`,
          { hint: `check the column name, or add it to schemas/${name}.json` },
        ),
      );
    }
  }
  const table = { columns, rows: rows.map((row) => coerceRow(name, row, columns)) };
  return { table, warnings };
}

function extraColumnNames(rows: readonly SourceRow[], known: ReadonlySet<string>): string[] {
  const names: string[] = [];
  const seen = new Set(known);
  for (const row of rows) {
    for (const key of Object.keys(row.values)) {
      if (!seen.has(key)) names.push(key);
      seen.add(key);
    }
  }
  return names;
}

function rawValues(rows: readonly SourceRow[], column: string): unknown[] {
  return rows.map((row) => textCell(row, row.values[column], "dynamic"));
}

function coerceRow(table: string, row: SourceRow, columns: readonly Column[]): Value[] {
  return columns.map((column) => {
    const raw = textCell(row, row.values[column.name], column.type);
    try {
      return coerceValue(raw, column.type, `column ${column.name} of ${table}`);
    } catch (error: unknown) {
      if (error instanceof InputError) throw error.at(row.placeOf(column.name));
      throw error;
    }
  });
}

/** Reads a CSV cell: empty is null (except for text), `dynamic` is JSON. */
function textCell(row: SourceRow, raw: unknown, type: KustoType): unknown {
  if (!row.fromText || typeof raw !== "string") return raw;
  if (raw === "" && type !== "string") return null;
  if (type === "dynamic") return parseJsonText(raw) ?? raw;
  return raw;
}

function warningAt(place: ValuePlace, message: string, details: { hint: string }): InputError {
  return new InputError(message, { ...place, hint: details.hint, kind: "warning" });
}
