import type { ScalarPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { LowerContext } from "./context.js";
/**
 * Binary operators by syntax kind, to their registry names. Kusto.Language
 * names `in~` `InCsExpression` and `in` `InExpression`.
 */
export declare const BINARY_OPERATORS: Readonly<Record<string, string>>;
/** List operators, whose right side is a list of values or tables. */
export declare const LIST_OPERATORS: Readonly<Record<string, string>>;
/** Lowers a scalar expression of the current row. */
export declare function lowerScalar(node: SyntaxNode, context: LowerContext): ScalarPlan;
/** Builds a call of a registry function, or raises `unsupported`. */
export declare function callPlan(context: LowerContext, node: SyntaxNode, name: string, args: readonly ScalarPlan[]): ScalarPlan;
