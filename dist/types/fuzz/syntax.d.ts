import type { CompileOptions } from "../kql/api.js";
import type { SyntaxNode } from "../kql/syntax.js";
export type { SyntaxNode };
/** A query parsed and analysed by Kusto.Language, with its text. */
export interface ParsedQuery {
    readonly text: string;
    readonly root: SyntaxNode;
}
/**
 * Parses and analyses a query the way the engine does. A table or function
 * missing from `options` leaves its columns unresolved, but the tree is
 * still complete, so the analyses here fall back on names.
 */
export declare function parseQuery(text: string, options?: CompileOptions): ParsedQuery;
/** Collects the node and its descendants of one `SyntaxKind`, in text order. */
export declare function findAll(node: SyntaxNode, kind: string): SyntaxNode[];
/** Returns the query text a node spans, without leading trivia. */
export declare function spanText(query: ParsedQuery, node: SyntaxNode): string;
/** Converts a Kusto.Language constant (a Bridge `Int64`, a number) to a number. */
export declare function constantNumber(value: unknown): number | undefined;
/** Returns the name a column reference or declaration spells, or `undefined`. */
export declare function simpleName(node: SyntaxNode): string | undefined;
