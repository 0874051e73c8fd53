import type { RowFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { IngestionTimePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Table } from "../types.js";
/**
 * The column of an input table that gives each row's ingestion time in
 * datetime ticks. It is not part of the table's schema, so queries see
 * it only through `ingestion_time()`.
 */
export declare const INGESTION_TIME_COLUMN = "_IngestionTime";
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
export declare function lowerIngestionTime(node: SyntaxNode, _args: SyntaxNode[], context: LowerContext): IngestionTimePlan;
/** Compiles `ingestion_time()` over rows whose fallback is `fallback`. */
export declare function compileIngestionTime(fallback: RowFunction): RowFunction;
/**
 * Rearranges an input table to `columns` and records the value of its
 * `_IngestionTime` column for each new row. Returns `undefined` when the
 * table has no such column.
 */
export declare function readIngestionTimes(table: Table, columns: readonly Column[]): Table | undefined;
