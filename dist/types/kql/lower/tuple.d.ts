import type { CallPlan, ScalarPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column } from "../types.js";
import type { LowerContext } from "./context.js";
/**
 * Returns the columns a call returns when it returns several
 * (`series_fit_line(y)` returns `rsquare`, `slope`, ...), or `undefined`
 * for an expression of one value.
 */
export declare function tupleColumns(expression: SyntaxNode, context: LowerContext): Column[] | undefined;
/**
 * Lowers a call that returns several columns to a call whose value is the
 * array of those columns' values, in order.
 */
export declare function lowerTupleCall(node: SyntaxNode, context: LowerContext): CallPlan;
/** Returns the expression of column `index` of a lowered tuple call. */
export declare function tupleElement(tuple: CallPlan, index: number, column: Column): ScalarPlan;
