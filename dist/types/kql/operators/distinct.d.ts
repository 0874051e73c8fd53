import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { DistinctPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `distinct Columns` or `distinct *`
 * (learn.microsoft.com/kusto/query/distinct-operator): one row per
 * distinct combination, in order of first appearance.
 */
export declare function lowerDistinct(node: SyntaxNode, input: TabularPlan, context: LowerContext): DistinctPlan;
export declare function compileDistinct(plan: DistinctPlan, compiler: Compiler): TableFunction;
