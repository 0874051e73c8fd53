import "./functions/index.js";
import type { CompileOptions, CompiledQuery } from "./api.js";
import type { Plan } from "./plan/types.js";
import type { SyntaxNode } from "./syntax.js";
/**
 * Parses, analyses, lowers and compiles a query once, for many
 * evaluations. Throws an `InputError` of kind `syntax`, `semantic` or
 * `unsupported`, placed in the query text. With several diagnostics, the
 * first is thrown and its hint counts the others.
 */
export declare function compileQuery(text: string, options: CompileOptions): CompiledQuery;
/** Lowers the analysed syntax tree of a query into the engine's plan. */
export declare function lowerQuery(text: string, root: SyntaxNode): Plan;
