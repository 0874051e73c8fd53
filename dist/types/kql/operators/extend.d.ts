import type { Compiler, RowFunction, RowMemo, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { ExtendPlan, NamedExpression, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Value } from "../types.js";
/**
 * `extend Name = Expression, ...` (learn.microsoft.com/kusto/query/extend-operator):
 * adds columns, or replaces the value of an existing column in place.
 * Every expression reads the input row; Kusto.Language rejects one that
 * names a column added by the same `extend`.
 */
export declare function lowerExtend(node: SyntaxNode, input: TabularPlan, context: LowerContext): ExtendPlan;
/** One compiled assignment: the output index and how to compute it. */
export interface Assignment {
    readonly index: number;
    readonly compute: RowFunction;
}
/**
 * Compiles assignments over the input columns, and returns them with the
 * width of the output rows.
 */
export declare function compileAssignments(inputColumns: readonly Column[], assignments: readonly NamedExpression[], compiler: Compiler, memo?: RowMemo): {
    assignments: Assignment[];
    width: number;
};
/** Applies compiled assignments to one row, returning a new row. */
export declare function assign(row: readonly Value[], assignments: readonly Assignment[], width: number): Value[];
export declare function compileExtend(plan: ExtendPlan, compiler: Compiler): TableFunction;
