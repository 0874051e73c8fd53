import type { InputTable } from "../api.js";
import type {
  Compiler,
  RowSink,
  RowSource,
  TableFunction,
} from "../compile/types.js";
import type { TablePlan } from "../plan/types.js";
import type { Column, Table, Value } from "../types.js";
import { readIngestionTimes } from "./ingestion-time.js";

/**
 * Reads a table by name. A table missing from the evaluation input is
 * empty. A table whose columns differ from the compiled schema is
 * rearranged by column name, and a missing column is null (or empty text).
 * An extra `_IngestionTime` column gives the rows' ingestion times. A
 * stream is read into an array.
 */
export function compileTable(
  plan: TablePlan,
  compiler: Compiler,
): TableFunction {
  return () => {
    const input = compiler.runtime.tables[plan.name];
    if (!input) return { columns: plan.columns, rows: [] };
    const table = toArrayTable(input);
    if (sameColumns(table.columns, plan.columns)) return table;
    return readIngestionTimes(table, plan.columns) ?? rearrange(table, plan.columns);
  };
}

/**
 * Reads a table by name as `compileTable` does, but pushes its rows one by
 * one, so that a stream is read without an array. A stream whose columns
 * differ from the compiled schema is read into an array first.
 */
export function compileTableRows(
  plan: TablePlan,
  compiler: Compiler,
): RowSource {
  const whole = compileTable(plan, compiler);
  return (sink) => {
    const input = compiler.runtime.tables[plan.name];
    const streamed =
      input !== undefined && sameColumns(input.columns, plan.columns);
    const rows = streamed ? input.rows : whole().rows;
    if (Array.isArray(rows)) pushArray(rows as Table["rows"], sink);
    else for (const row of rows) sink(row);
  };
}

/**
 * Pushes the rows of an array by index. Arrays and streams get loops of
 * their own, so that each loop runs over one kind of iterable.
 */
function pushArray(rows: Table["rows"], sink: RowSink): void {
  for (let i = 0; i < rows.length; i++) sink(rows[i]);
}

function toArrayTable(input: InputTable): Table {
  if (Array.isArray(input.rows)) return input as Table;
  return { columns: input.columns, rows: Array.from(input.rows) };
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
