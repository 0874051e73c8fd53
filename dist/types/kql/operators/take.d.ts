import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { TabularPlan, TakePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `take N` and `limit N` (learn.microsoft.com/kusto/query/take-operator).
 * Kusto returns any N rows; the engine returns the first N.
 */
export declare function lowerTake(node: SyntaxNode, input: TabularPlan, context: LowerContext): TakePlan;
export declare function compileTake(plan: TakePlan, compiler: Compiler): TableFunction;
