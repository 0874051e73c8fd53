import type { InputTable } from "../api.js";
import type { TabularPlan } from "../plan/types.js";
import type { Compiler, RowSource } from "./types.js";
/**
 * Compiles `plan` to push its rows: a table or a chain of row operators
 * over one streams its rows, and any other operator builds its table
 * first and then pushes the rows of that table.
 */
export declare function compileRows(plan: TabularPlan, compiler: Compiler): RowSource;
/**
 * Returns the names of the tables that a query can read as streams: those
 * it reads exactly once, through operator inputs from the root. A table
 * read twice (both sides of a join, a `let` used twice) or read inside an
 * expression (`toscalar`, `in (T)`) or an `mv-apply` subquery, which runs
 * per row, is not in the set.
 */
export declare function streamableTables(root: TabularPlan): Set<string>;
/**
 * Returns the tables of an evaluation with every stream not in
 * `streamable` read into an array, so that it can be read more than once.
 */
export declare function materializeStreams(tables: Readonly<Record<string, InputTable>>, streamable: ReadonlySet<string>): Record<string, InputTable>;
