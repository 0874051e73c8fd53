import type { Compiler, TableFunction } from "../compile/types.js";
import type { TablePlan } from "../plan/types.js";
import type { Column, Table, Value } from "../types.js";
import { readIngestionTimes } from "./ingestion-time.js";

/**
 * Reads a table by name. A table missing from the evaluation input is
 * empty. A table whose columns differ from the compiled schema is
 * rearranged by column name, and a missing column is null (or empty text).
 * An extra `_IngestionTime` column gives the rows' ingestion times.
 */
export function compileTable(
  plan: TablePlan,
  compiler: Compiler,
): TableFunction {
  return () => {
    const table = compiler.runtime.tables[plan.name];
    if (!table) return { columns: plan.columns, rows: [] };
    if (sameColumns(table.columns, plan.columns)) return table;
    return readIngestionTimes(table, plan.columns) ?? rearrange(table, plan.columns);
  };
}

function sameColumns(a: readonly Column[], b: readonly Column[]): boolean {
  return a.length === b.length && a.every((column, i) => column.name === b[i].name);
}

function rearrange(table: Table, columns: readonly Column[]): Table {
  const sources = columns.map((column) =>
    table.columns.findIndex((candidate) => candidate.name === column.name),
  );
  const missing = columns.map((column): Value =>
    column.type === "string" ? "" : null,
  );
  const rows = table.rows.map((row) =>
    sources.map((source, i) => (source >= 0 ? row[source] : missing[i])),
  );
  return { columns, rows };
}
