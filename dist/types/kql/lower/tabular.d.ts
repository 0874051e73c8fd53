import type { TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { LowerContext } from "./context.js";
type OperatorLowering = (node: SyntaxNode, input: TabularPlan, context: LowerContext) => TabularPlan;
type SourceLowering = (node: SyntaxNode, input: undefined, context: LowerContext) => TabularPlan;
/**
 * The tabular operators the engine supports, by syntax kind. `coverage`
 * reads the same table, so what it reports cannot drift from the code.
 */
export declare const TABULAR_OPERATORS: Readonly<Record<string, OperatorLowering>>;
/** Operators that can start a query, with no input. */
export declare const SOURCE_OPERATORS: Readonly<Record<string, SourceLowering>>;
/** Other tabular expressions that `lowerTabular` handles, by syntax kind. */
export declare const TABULAR_EXPRESSIONS: Readonly<Record<string, string>>;
/** Lowers a tabular expression: a table, a `let` name, a pipe, a call. */
export declare function lowerTabular(node: SyntaxNode, context: LowerContext): TabularPlan;
/** Returns the message for an operator the engine does not support. */
export declare function unsupportedOperatorMessage(node: SyntaxNode): string;
/** Returns the KQL name of an operator node: its first token (`mv-apply`). */
export declare function operatorName(node: SyntaxNode): string;
export {};
