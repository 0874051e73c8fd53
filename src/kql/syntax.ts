import { loadKustoLanguage, syntaxKindName } from "./kusto-language.js";
import type { KustoType } from "./types.js";
import { KUSTO_TYPES } from "./types.js";

/**
 * Helpers over Kusto.Language's syntax tree, which is untyped here. Nodes
 * expose `Kind` (a `SyntaxKind` number), `TextStart`, `Width`, named child
 * properties (`Condition`, `Expressions`) and, on expressions, the semantic
 * `ResultType` and `ReferencedSymbol`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SyntaxNode = any;

const kindNames = new Map<number, string>();

/** Returns the `SyntaxKind` name of a node, such as `FilterOperator`. */
export function kindOf(node: SyntaxNode): string {
  const kind = node.Kind as number;
  let name = kindNames.get(kind);
  if (name === undefined) {
    name = syntaxKindName(kind);
    kindNames.set(kind, name);
  }
  return name;
}

/** Returns the elements of a `SyntaxList` of `SeparatedElement`s or nodes. */
export function elementsOf(list: SyntaxNode): SyntaxNode[] {
  const items: SyntaxNode[] = [];
  if (!list) return items;
  for (let i = 0; i < list.Count; i++) {
    const item = list.getItem(i);
    items.push(kindOf(item) === "SeparatedElement" ? item.Element : item);
  }
  return items;
}

/** Returns the non-null children of a node. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = [];
  for (let i = 0; i < node.ChildCount; i++) {
    const child = node.GetChild(i);
    if (child) children.push(child);
  }
  return children;
}

/** Calls `visit` on a node and every node below it, depth first. */
export function walk(
  node: SyntaxNode,
  visit: (node: SyntaxNode) => void,
): void {
  if (!node) return;
  visit(node);
  for (let i = 0; i < node.ChildCount; i++) walk(node.GetChild(i), visit);
}

/** Returns the source text of a node, without its leading trivia. */
export function textOf(node: SyntaxNode): string {
  const minimal = loadKustoLanguage().Language.Syntax.IncludeTrivia.Minimal;
  return String(node.ToString(minimal));
}

/** Returns the name a `NameDeclaration` or `NameReference` spells. */
export function nameOf(node: SyntaxNode): string {
  return String(node.SimpleName);
}

/**
 * Returns the engine type of a Kusto.Language type symbol, or `undefined`
 * for a tabular, tuple, unknown or error type.
 */
export function scalarTypeOf(symbol: SyntaxNode): KustoType | undefined {
  if (!symbol) return undefined;
  const name = String(symbol.Name);
  if (name.startsWith("dynamic")) return "dynamic";
  if (name === "timespan" || name === "time") return "timespan";
  if (name === "date") return "datetime";
  if (name === "double") return "real";
  if (name === "boolean") return "bool";
  if (name === "uniqueid") return "guid";
  return (KUSTO_TYPES as readonly string[]).includes(name)
    ? (name as KustoType)
    : undefined;
}

/** Returns the name and engine type of each column of a table symbol. */
export function columnsOfTable(
  symbol: SyntaxNode,
): { name: string; type: KustoType | undefined }[] {
  const columns = symbol.Columns;
  const result: { name: string; type: KustoType | undefined }[] = [];
  for (let i = 0; i < columns.Count; i++) {
    const column = columns.getItem(i);
    result.push({ name: String(column.Name), type: scalarTypeOf(column.Type) });
  }
  return result;
}

/** Returns the class name of a symbol (`ColumnSymbol`, `FunctionSymbol`). */
export function symbolClassOf(symbol: SyntaxNode): string {
  const fullName = String(symbol?.constructor?.$$name ?? "");
  return fullName.slice(fullName.lastIndexOf(".") + 1);
}
