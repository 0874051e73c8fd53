import type { LowerContext } from "../lower/context.js";
import type { JoinPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `lookup [kind=leftouter|inner] (Dimension) on Keys`
 * (learn.microsoft.com/kusto/query/lookup-operator): a join whose output
 * has the left columns, then the right columns other than the right keys.
 * It compiles as a join.
 */
export declare function lowerLookup(node: SyntaxNode, left: TabularPlan, context: LowerContext): JoinPlan;
