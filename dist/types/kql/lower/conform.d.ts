import type { TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * Returns a plan whose columns come in the order Kusto.Language inferred
 * for `node`, for an operator that reads its input by position. A plan
 * with the same columns in another order, such as a union whose column
 * names clash (see `outerUnionColumns`), gets a reordering `project`.
 * Any other plan is returned unchanged.
 */
export declare function conformColumns(plan: TabularPlan, node: SyntaxNode): TabularPlan;
