import type { ExtendPlan, FilterPlan, ProjectPlan, TabularPlan } from "../plan/types.js";
import type { Compiler, TableFunction } from "./types.js";
/** A `where`, `extend` or `project`, which maps each row on its own. */
type RowOperator = FilterPlan | ExtendPlan | ProjectPlan;
/**
 * Returns the chain of row operators that ends at `plan`, first operator
 * first, when it has at least two. An operator that reads the row's
 * position (`prev`, `row_number`) ends a chain.
 */
export declare function rowChainOf(plan: TabularPlan): RowOperator[] | undefined;
/**
 * Compiles a chain of row operators into one loop over the rows, so that
 * no table is built between them, and so that a call the chain makes more
 * than once on the same column values runs once per row.
 */
export declare function compileRowChain(chain: readonly RowOperator[], compiler: Compiler): TableFunction;
export {};
