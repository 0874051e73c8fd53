import { InputError } from "../errors.js";
import type { Column, Table, Value } from "../kql/types.js";
import type { GoldenCase } from "./case-loader.js";

/**
 * Returns the columns to compile a rule with: each known schema, plus every
 * column the rule's cases add to it (raw `payload_*` columns that a rule
 * reads through `column_ifexists`, for example), and the tables only cases
 * define. A rule is compiled once, so it must see the union of its cases'
 * columns. A case lacking one of them gets nulls there (see `fitTables`).
 */
export function caseColumns(
  schemas: Readonly<Record<string, readonly Column[]>>,
  cases: readonly Pick<GoldenCase, "tables">[],
): { tables: Record<string, readonly Column[]> } {
  const tables: Record<string, Column[]> = {};
  for (const [name, columns] of Object.entries(schemas)) tables[name] = [...columns];

  for (const item of cases) {
    for (const [name, table] of Object.entries(item.tables)) {
      const columns = (tables[name] ??= []);
      const known = new Set(columns.map((column) => column.name));
      for (const column of table.columns) {
        if (!known.has(column.name)) columns.push(column);
      }
    }
  }
  return { tables };
}

/**
 * Lays out a case's tables in the compiled columns' order, filling a
 * column the case does not give with null (the empty string for `string`).
 * Raises an `InputError` when a case gives a column a type other than the
 * one the rule was compiled with.
 */
export function fitTables(
  item: GoldenCase,
  compiled: Readonly<Record<string, readonly Column[]>>,
): Record<string, Table> {
  const tables: Record<string, Table> = {};
  for (const [name, table] of Object.entries(item.tables)) {
    const columns = compiled[name] ?? table.columns;
    const sources = columns.map((column) => sourceIndex(item, name, table, column));
    tables[name] = {
      columns,
      rows: table.rows.map((row) =>
        sources.map((index, position): Value => {
          if (index >= 0) return row[index];
          return columns[position].type === "string" ? "" : null;
        }),
      ),
    };
  }
  return tables;
}

function sourceIndex(item: GoldenCase, tableName: string, table: Table, column: Column): number {
  const index = table.columns.findIndex((own) => own.name === column.name);
  if (index >= 0 && table.columns[index].type !== column.type) {
    throw new InputError(
      `column '${column.name}' of ${tableName} is ${table.columns[index].type} in this case but ${column.type} in the rule's other cases or the schema`,
      {
        file: item.file,
        line: item.line,
        hint: `give ${column.name} values of one type in every case, or declare it in schemas/${tableName}.json`,
        kind: "case",
      },
    );
  }
  return index;
}
