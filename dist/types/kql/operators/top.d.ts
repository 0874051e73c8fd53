import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { TabularPlan, TopPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `top N by Expr [asc|desc] [nulls first|last]`
 * (learn.microsoft.com/kusto/query/top-operator): sorts as `sort` does,
 * then takes N rows.
 */
export declare function lowerTop(node: SyntaxNode, input: TabularPlan, context: LowerContext): TopPlan;
export declare function compileTop(plan: TopPlan, compiler: Compiler): TableFunction;
