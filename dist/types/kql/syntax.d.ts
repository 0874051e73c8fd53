import type { KustoType } from "./types.js";
/**
 * Helpers over Kusto.Language's syntax tree, which is untyped here. Nodes
 * expose `Kind` (a `SyntaxKind` number), `TextStart`, `Width`, named child
 * properties (`Condition`, `Expressions`) and, on expressions, the semantic
 * `ResultType` and `ReferencedSymbol`.
 */
export type SyntaxNode = any;
/** Returns the `SyntaxKind` name of a node, such as `FilterOperator`. */
export declare function kindOf(node: SyntaxNode): string;
/** Returns the elements of a `SyntaxList` of `SeparatedElement`s or nodes. */
export declare function elementsOf(list: SyntaxNode): SyntaxNode[];
/** Returns the non-null children of a node. */
export declare function childrenOf(node: SyntaxNode): SyntaxNode[];
/** Calls `visit` on a node and every node below it, depth first. */
export declare function walk(node: SyntaxNode, visit: (node: SyntaxNode) => void): void;
/** Returns the source text of a node, without its leading trivia. */
export declare function textOf(node: SyntaxNode): string;
/** Returns the name a `NameDeclaration` or `NameReference` spells. */
export declare function nameOf(node: SyntaxNode): string;
/**
 * Returns the engine type of a Kusto.Language type symbol, or `undefined`
 * for a tabular, tuple, unknown or error type.
 */
export declare function scalarTypeOf(symbol: SyntaxNode): KustoType | undefined;
/** Returns the name and engine type of each column of a table symbol. */
export declare function columnsOfTable(symbol: SyntaxNode): {
    name: string;
    type: KustoType | undefined;
}[];
/** Returns the class name of a symbol (`ColumnSymbol`, `FunctionSymbol`). */
export declare function symbolClassOf(symbol: SyntaxNode): string;
