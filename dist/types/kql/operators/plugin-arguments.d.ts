import type { LowerContext } from "../lower/context.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * Maps the arguments of an `evaluate` plugin call to its parameters:
 * positional ones in the order of `parameters`, named ones
 * (`columnsConflict='keep_source'`) by name, in any case. Raises a
 * semantic error for an unknown name or too many arguments.
 */
export declare function pluginArguments(args: readonly SyntaxNode[], parameters: readonly string[], context: LowerContext, node: SyntaxNode): Map<string, SyntaxNode>;
