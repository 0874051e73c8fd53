import type { Compiler, RowSource, TableFunction } from "../compile/types.js";
import type { TablePlan } from "../plan/types.js";
/**
 * Reads a table by name. A table missing from the evaluation input is
 * empty. A table whose columns differ from the compiled schema is
 * rearranged by column name, and a missing column is null (or empty text).
 * An extra `_IngestionTime` column gives the rows' ingestion times. A
 * stream is read into an array.
 */
export declare function compileTable(plan: TablePlan, compiler: Compiler): TableFunction;
/**
 * Reads a table by name as `compileTable` does, but pushes its rows one by
 * one, so that a stream is read without an array. A stream whose columns
 * differ from the compiled schema is read into an array first.
 */
export declare function compileTableRows(plan: TablePlan, compiler: Compiler): RowSource;
