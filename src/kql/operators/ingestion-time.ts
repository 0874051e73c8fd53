import type { RowFunction } from "../compile/types.js";
import { offsetOf } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { IngestionTimePlan, ScalarPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Table, Value } from "../types.js";

/**
 * The column of an input table that gives each row's ingestion time in
 * datetime ticks. It is not part of the table's schema, so queries see
 * it only through `ingestion_time()`.
 */
export const INGESTION_TIME_COLUMN = "_IngestionTime";

type Row = readonly Value[];

/** Ingestion times of the rows table reads returned, by row. */
const ingestionTimes = new WeakMap<Row, Value>();

/**
 * Lowers `ingestion_time()` (https://learn.microsoft.com/kusto/query/ingestion-time-function):
 * the time the row was ingested, or null when the rows have neither a
 * recorded ingestion time nor a `TimeGenerated` column.
 *
 * NOTE: test rows rarely carry their ingestion time, so a row without an
 * `_IngestionTime` value counts as ingested at its `TimeGenerated`. The
 * recorded value follows the row through operators that pass rows on
 * unchanged (`where`, `sort`, `take`); after one that builds new rows,
 * such as `extend`, `ingestion_time()` reads `TimeGenerated`.
 */
export function lowerIngestionTime(
  node: SyntaxNode,
  _args: SyntaxNode[],
  context: LowerContext,
): IngestionTimePlan {
  const offset = offsetOf(context, node);
  const timeGenerated = context.row.find(
    (column) => column.name === "TimeGenerated" && column.type === "datetime",
  );
  const fallback: ScalarPlan = timeGenerated
    ? { kind: "column", offset, type: "datetime", name: timeGenerated.name }
    : { kind: "literal", offset, type: "datetime", value: null };
  return { kind: "ingestion_time", offset, type: "datetime", fallback };
}

/** Compiles `ingestion_time()` over rows whose fallback is `fallback`. */
export function compileIngestionTime(fallback: RowFunction): RowFunction {
  return (row) => {
    const recorded = ingestionTimes.get(row);
    return recorded === undefined ? fallback(row) : recorded;
  };
}

/**
 * Rearranges an input table to `columns` and records the value of its
 * `_IngestionTime` column for each new row. Returns `undefined` when the
 * table has no such column.
 */
export function readIngestionTimes(
  table: Table,
  columns: readonly Column[],
): Table | undefined {
  const names = table.columns.map((column) => column.name);
  const source = names.indexOf(INGESTION_TIME_COLUMN);
  if (source < 0 || columns.some((column) => column.name === INGESTION_TIME_COLUMN)) {
    return undefined;
  }
  const indexes = columns.map((column) => names.indexOf(column.name));
  const missing = columns.map((column): Value => (column.type === "string" ? "" : null));
  const rows = table.rows.map((row) => {
    const output = indexes.map((index, i) => (index >= 0 ? row[index] : missing[i]));
    ingestionTimes.set(output, row[source] ?? null);
    return output;
  });
  return { columns, rows };
}
