import type { SyntaxNode } from "./syntax.js";
/**
 * Blanks out the inputs of each `union isfuzzy=true` whose table or view
 * does not exist, with the commas that separate them, and returns the new
 * text. With `isfuzzy=true`, Kusto leaves such inputs out before it infers
 * the union's columns (learn.microsoft.com/kusto/query/union-operator).
 * Kusto.Language instead keeps them with columns of type `unknown`, such as
 * `x_long` and `x_unknown` for a column `x` of a missing input. Analysing
 * the blanked text gives the columns Kusto gives. Spaces replace every
 * character except line breaks, so offsets, lines and columns stay valid
 * for the original text.
 *
 * A union whose inputs are all missing keeps them, so the lowering can
 * raise its error, unless it reads a piped input and has no `withsource`
 * column: then `| union ...` is blanked and the piped input remains.
 *
 * NOTE: the bodies of workspace functions are not in the text, so a fuzzy
 * union inside one keeps Kusto.Language's `unknown` columns, and reading
 * such a column after the call raises `unsupported`.
 */
export declare function blankUnresolvedUnionInputs(root: SyntaxNode, text: string): string;
/** Tells whether a `union` has the parameter `isfuzzy=true`. */
export declare function isFuzzyUnion(union: SyntaxNode): boolean;
/**
 * Tells whether a union input starts from a name Kusto.Language could not
 * resolve, which it allows only with `isfuzzy=true`.
 */
export declare function isUnresolvedInput(expression: SyntaxNode): boolean;
