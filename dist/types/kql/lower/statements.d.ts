import type { ScalarPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Value } from "../types.js";
import type { LowerContext } from "./context.js";
/** A constant's value, when a plan has one. */
export type Constant = {
    known: true;
    value: Value;
} | {
    known: false;
};
/**
 * Lowers the `let` statements of a query or function body into bindings
 * of a new scope, and returns the context that resolves them. Function
 * declarations bind nothing: each call is lowered from the body that
 * Kusto.Language expands for it.
 */
export declare function lowerStatements(list: SyntaxNode, context: LowerContext): LowerContext;
/** Returns the expression of the last expression statement of a list. */
export declare function queryExpressionOf(list: SyntaxNode): SyntaxNode | undefined;
/** Returns the value of a literal or of a variable bound to a constant. */
export declare function constantOf(plan: ScalarPlan): Constant;
