import type { NamedExpression } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column } from "../types.js";
import type { LowerContext } from "./context.js";
/** An expression of an operator's list, with the names written for it. */
export interface WrittenExpression {
    readonly node: SyntaxNode;
    /** The name of `Name = Expression`. */
    readonly name?: string;
    /** The names of `(A, B) = Expression`, for a call returning several columns. */
    readonly names?: readonly string[];
    readonly expression: SyntaxNode;
}
/**
 * Splits `Name = Expression` and `(A, B) = Expression` items. Unless
 * `allowNames`, the second form raises `unsupported`.
 */
export declare function writtenExpressions(list: SyntaxNode, context: LowerContext, allowNames?: boolean): WrittenExpression[];
/**
 * Lowers the items of `extend`, `project` or `summarize ... by`. A name
 * not written in the query is the one Kusto.Language gave the column:
 * `outputColumns` lists the columns the items create, in order. With
 * `appendOnly`, an item named after an input column replaces that column
 * and takes no output slot, as in `extend`. A call that returns several
 * columns (`(a, b) = series_fit_line(y)`) gives one item per column.
 */
export declare function lowerNamedExpressions(list: SyntaxNode, context: LowerContext, outputColumns: readonly Column[], appendOnly: boolean): NamedExpression[];
