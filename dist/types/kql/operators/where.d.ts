import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { FilterPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `where Predicate` (learn.microsoft.com/kusto/query/where-operator): keeps
 * the rows for which the predicate is true, so a null result drops a row.
 */
export declare function lowerWhere(node: SyntaxNode, input: TabularPlan, context: LowerContext): FilterPlan;
export declare function compileWhere(plan: FilterPlan, compiler: Compiler): TableFunction;
