import { analyzeQuery } from "../kql/analyze.js";
import type { CompileOptions } from "../kql/api.js";
import { kindOf, walk } from "../kql/syntax.js";
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
export function parseQuery(
  text: string,
  options: CompileOptions = { tables: {} },
): ParsedQuery {
  return { text, root: analyzeQuery(text, options).code.Syntax };
}

/** Collects the node and its descendants of one `SyntaxKind`, in text order. */
export function findAll(node: SyntaxNode, kind: string): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walk(node, (n) => {
    if (kindOf(n) === kind) found.push(n);
  });
  return found;
}

/** Returns the query text a node spans, without leading trivia. */
export function spanText(query: ParsedQuery, node: SyntaxNode): string {
  return query.text.slice(node.TextStart, node.TextStart + node.Width);
}

/** Converts a Kusto.Language constant (a Bridge `Int64`, a number) to a number. */
export function constantNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (value && typeof value === "object") {
    const candidate = value as { toNumber?: () => number };
    if (typeof candidate.toNumber === "function") return candidate.toNumber();
  }
  return undefined;
}

/** Returns the name a column reference or declaration spells, or `undefined`. */
export function simpleName(node: SyntaxNode): string | undefined {
  const kind = kindOf(node);
  if (kind === "NameReference" || kind === "NameDeclaration") {
    return String(node.SimpleName);
  }
  if (kind === "BracketedExpression" || kind === "ParenthesizedExpression") {
    return simpleName(node.Expression);
  }
  return undefined;
}
