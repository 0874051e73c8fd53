import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { PivotPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `evaluate pivot(PivotColumn [, Aggregate] [, Column1, ...]) [: (schema)]`
 * (https://learn.microsoft.com/kusto/query/pivot-plugin). The rows are
 * grouped by the key columns, by default every input column except the
 * pivot column and the columns the aggregate reads. Each distinct value of
 * the pivot column, as text, names an output column. That column contains
 * the aggregate (by default `count()`) of the group's rows with the value.
 * Without an output schema the columns depend on the data: the keys, then
 * one column per pivot value in order of first appearance.
 *
 * NOTE: the page's examples list pivot columns in an order that is neither
 * sorted nor explained; the engine uses the order of first appearance.
 */
export declare function lowerPivot(node: SyntaxNode, args: SyntaxNode[], input: TabularPlan, context: LowerContext): PivotPlan;
export declare function compilePivot(plan: PivotPlan, compiler: Compiler): TableFunction;
