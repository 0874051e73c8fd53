import type { ExtendPlan, FilterPlan, ProjectPlan, TabularPlan } from "../plan/types.js";
import type { Compiler, RowSource, TableFunction } from "./types.js";
/** A `where`, `extend` or `project`, which maps each row on its own. */
export type RowOperator = FilterPlan | ExtendPlan | ProjectPlan;
/**
 * Returns the chain of row operators that ends at `plan`, first operator
 * first, when it has at least `minLength` of them. An operator that reads
 * the row's position (`prev`, `row_number`) ends a chain.
 */
export declare function rowChainOf(plan: TabularPlan, minLength?: number): RowOperator[] | undefined;
/**
 * Compiles a chain of row operators into one loop over the rows, so that
 * no table is built between them, and so that a call the chain makes more
 * than once on the same column values runs once per row.
 */
export declare function compileRowChain(chain: readonly RowOperator[], compiler: Compiler): TableFunction;
/**
 * Compiles a chain of row operators to push each output row into a sink,
 * reading the chain's input through `compiler.rows`, so a streamed table
 * flows through it without being held in an array.
 */
export declare function compileRowChainSource(chain: readonly RowOperator[], compiler: Compiler): RowSource;
