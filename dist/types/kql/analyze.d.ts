import { InputError } from "../errors.js";
import type { CompileOptions } from "./api.js";
import type { SyntaxNode } from "./syntax.js";
import type { Column } from "./types.js";
/** A query parsed and analysed by Kusto.Language. */
export interface AnalyzedQuery {
    readonly text: string;
    /** Kusto.Language's `KustoCode`. */
    readonly code: SyntaxNode;
    /** Its error diagnostics, as input errors placed in the query text. */
    readonly errors: readonly InputError[];
}
/**
 * Parses and analyses a query against the tables and workspace functions
 * of `options`, and maps Kusto.Language's error diagnostics to input
 * errors. Warnings are dropped. The inputs of `union isfuzzy=true` that
 * name no known table or view are left out, as Kusto leaves them out (see
 * `blankUnresolvedUnionInputs`), so `code` has the same offsets as `text`
 * but lacks those inputs.
 */
export declare function analyzeQuery(text: string, options: CompileOptions): AnalyzedQuery;
/**
 * Throws the first error of an analysed query. When there are more, its
 * hint gives their number.
 */
export declare function throwFirstError(query: AnalyzedQuery): void;
/** Writes columns as a Kusto schema, `(Name:type, ...)`, quoting odd names. */
export declare function schemaText(columns: readonly Column[]): string;
/**
 * Splits a workspace function declaration, the text after `let name = `,
 * into its parameter list and its braced body. A declaration without a
 * parameter list, such as `T | where x > 1`, has no parameters.
 */
export declare function splitDeclaration(text: string): {
    parameters: string;
    body: string;
};
