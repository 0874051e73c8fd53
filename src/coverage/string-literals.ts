import { loadKustoLanguage } from "../kql/kusto-language.js";
import { kindOf, walk } from "../kql/syntax.js";

/** The maximum number of literals returned, so generated tables stay small. */
const MAX_LITERALS = 32;

/**
 * Returns the distinct string literals of a query (decoded, in order of
 * appearance, at most 32), so that generated rows can meet its `where`
 * filters. The query is only parsed, not analysed.
 */
export function stringLiterals(text: string): string[] {
  const code = loadKustoLanguage().Language.KustoCode.Parse(text);
  const literals = new Set<string>();
  walk(code.Syntax, (node) => {
    if (literals.size >= MAX_LITERALS) return;
    if (kindOf(node) !== "StringLiteralExpression") return;
    literals.add(String(node.LiteralValue ?? ""));
  });
  return [...literals];
}
