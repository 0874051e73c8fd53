import type { LowerContext } from "../lower/context.js";
import type { TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `as Name` (learn.microsoft.com/kusto/query/as-operator): binds the input
 * to a name for the rest of the query and passes it on unchanged. A
 * `materialize` node keeps the rows from being computed twice.
 */
export declare function lowerAs(node: SyntaxNode, input: TabularPlan, context: LowerContext): TabularPlan;
