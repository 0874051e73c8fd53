import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { MvApplyPlan, RowsPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `mv-apply [with_itemindex=I] [Name =] Array [to typeof(T)], ... [limit N]
 * on (Subquery)` (learn.microsoft.com/kusto/query/mv-apply-operator). Each
 * input row is expanded as by `mv-expand` into a subtable, the subquery
 * runs on it, and the results are concatenated. Output columns that the
 * subquery does not produce keep the input row's values.
 *
 * NOTE: a `toscalar`, `materialize` or `let` value inside the subquery is
 * computed once per evaluation, not once per input row.
 */
export declare function lowerMvApply(node: SyntaxNode, input: TabularPlan, context: LowerContext): MvApplyPlan;
export declare function compileMvApply(plan: MvApplyPlan, compiler: Compiler): TableFunction;
/** Reads the rows an enclosing operator stored under the node's id. */
export declare function compileRows(plan: RowsPlan, compiler: Compiler): TableFunction;
