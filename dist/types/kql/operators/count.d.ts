import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { CountPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `count` (learn.microsoft.com/kusto/query/count-operator): one row with
 * the number of input rows in a `long` column named `Count`.
 */
export declare function lowerCount(node: SyntaxNode, input: TabularPlan, context: LowerContext): CountPlan;
export declare function compileCount(plan: CountPlan, compiler: Compiler): TableFunction;
