import type { ScalarPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { LowerContext } from "./context.js";
type SpecialLowering = (node: SyntaxNode, args: SyntaxNode[], context: LowerContext) => ScalarPlan;
/**
 * Functions the engine lowers itself, because they are lazy (`iff`,
 * `case`), resolved at compile time (`column_ifexists`) or read the row's
 * position (`prev`).
 */
export declare const SPECIAL_FUNCTIONS: Readonly<Record<string, SpecialLowering>>;
/**
 * Returns the registry name of a built-in function symbol, or `undefined`.
 * An obsolete name (`arraylength`) gives its `Alternative`
 * (`array_length`), so plans use the current names.
 */
export declare function builtinName(symbol: SyntaxNode): string | undefined;
/** Returns the registry name of an aggregate function symbol, or `undefined`. */
export declare function aggregateName(symbol: SyntaxNode): string | undefined;
/** Lowers a call of a built-in or user-defined scalar function. */
export declare function lowerFunctionCall(node: SyntaxNode, context: LowerContext): ScalarPlan;
/** Returns the body Kusto.Language expanded for a user function call. */
export declare function userFunctionBody(node: SyntaxNode): SyntaxNode | undefined;
/**
 * Binds each parameter of a user function to its argument, or to its
 * default value, in a new scope; expansions refer to parameters by name.
 * `firstTable` binds the first parameter instead (the input of `invoke`).
 */
export declare function bindParameters(node: SyntaxNode, args: readonly (SyntaxNode | undefined)[], context: LowerContext, firstTable?: TabularPlan): LowerContext;
/**
 * Returns the arguments of a built-in call in parameter order, placing
 * named ones (`make_set(x, MaxSize = 8)`) by the signature's parameter
 * names. A named argument that leaves an earlier parameter out raises
 * `unsupported`.
 */
export declare function orderedArguments(node: SyntaxNode, context: LowerContext): SyntaxNode[];
export {};
