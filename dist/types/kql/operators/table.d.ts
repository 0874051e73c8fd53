import type { Compiler, TableFunction } from "../compile/types.js";
import type { TablePlan } from "../plan/types.js";
/**
 * Reads a table by name. A table missing from the evaluation input is
 * empty. A table whose columns differ from the compiled schema is
 * rearranged by column name, and a missing column is null (or empty text).
 * An extra `_IngestionTime` column gives the rows' ingestion times.
 */
export declare function compileTable(plan: TablePlan, compiler: Compiler): TableFunction;
