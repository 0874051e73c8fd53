import type { LowerContext } from "../lower/context.js";
import type { TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `invoke f(args)` (learn.microsoft.com/kusto/query/invoke-operator): calls
 * a tabular function with the input as its first argument.
 */
export declare function lowerInvoke(node: SyntaxNode, input: TabularPlan, context: LowerContext): TabularPlan;
