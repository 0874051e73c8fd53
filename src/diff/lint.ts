import { InputError } from "../errors.js";
import { loadKustoLanguage } from "../kql/kusto-language.js";
import { elementsOf, kindOf, textOf, walk, type SyntaxNode } from "../kql/syntax.js";
import { formatTimespan } from "../kql/types.js";
import { queryPositionMap } from "../rules/query-position.js";
import type { Rule } from "../rules/types.js";

/** The kinds of lint finding, used as their SARIF rule ids. */
export type LintKind = "deprecated-function" | "lookback-exceeds-query-period";

/** A lint finding placed in the query text (1-based line and column). */
export interface QueryFinding {
  kind: LintKind;
  message: string;
  hint: string;
  line: number;
  column: number;
}

/**
 * Lints a rule's query and returns warnings placed in the rule file, as
 * `InputError`s whose `kind` is a {@link LintKind}:
 * - a deprecated function (`makeset`, `arraylength`), with its current name,
 *   as Kusto.Language marks it obsolete;
 * - a look-back longer than the rule's queryPeriod (`ago(14d)` or
 *   `now() - 14d` with a 1-day queryPeriod): Sentinel passes the query only
 *   the rows of the last queryPeriod, so the older rows never arrive.
 */
export function lintRule(rule: Rule): InputError[] {
  const findings = lintQuery(rule.query, { queryPeriod: rule.queryPeriod });
  const toFile = queryPositionMap(rule.source, rule.query);
  return findings.map((finding) => {
    const { line, column } = toFile(finding.line, finding.column);
    return new InputError(finding.message, {
      file: rule.source.file,
      line,
      column,
      sourceLine: rule.source.source.lineText(line).replace(/\r$/, ""),
      hint: finding.hint,
      kind: finding.kind,
    });
  });
}

/**
 * Lints KQL text. `queryPeriod` is in timespan ticks; `null` (an NRT rule)
 * skips the look-back check.
 */
export function lintQuery(query: string, options: { queryPeriod: number | null }): QueryFinding[] {
  const K = loadKustoLanguage();
  const code = K.Language.KustoCode.ParseAndAnalyze(query);
  const findings: QueryFinding[] = [];
  const place = (node: SyntaxNode) => positionOf(query, node.TextStart as number);

  walk(code.Syntax, (node: SyntaxNode) => {
    const deprecated = deprecatedName(node);
    if (deprecated) findings.push({ ...deprecated, ...place(node) });

    const lookback = options.queryPeriod === null ? undefined : lookbackOf(node);
    if (lookback && lookback.ticks > (options.queryPeriod ?? 0)) {
      findings.push({ ...lookbackFinding(lookback, options.queryPeriod ?? 0), ...place(node) });
    }
  });
  return findings;
}

/**
 * Deprecated aggregates whose default maxSize differs from their
 * replacement's: 128 against 1048576, per the make_set() and make_list()
 * pages (https://learn.microsoft.com/azure/data-explorer/kusto/query/make-set-aggregation-function,
 * https://learn.microsoft.com/azure/data-explorer/kusto/query/make-list-aggregation-function).
 */
const SMALLER_DEFAULT_SIZE = new Set(["makeset", "makelist"]);

function deprecatedName(node: SyntaxNode): Omit<QueryFinding, "line" | "column"> | undefined {
  if (kindOf(node) !== "NameReference") return undefined;
  const symbol = node.ReferencedSymbol;
  if (!symbol || symbol.IsObsolete !== true) return undefined;

  const name = String(symbol.Name);
  const alternative = symbol.Alternative ? String(symbol.Alternative) : undefined;
  const hint = alternative
    ? `replace ${name} with ${alternative}`
    : `replace ${name}; Kusto marks it obsolete`;
  const sizeNote = SMALLER_DEFAULT_SIZE.has(name.toLowerCase())
    ? `; ${name} keeps at most 128 values by default and ${alternative} 1048576, so write ${alternative}(..., 128) to keep the current results`
    : "";
  return {
    kind: "deprecated-function",
    message: `'${name}' is deprecated${alternative ? `; use '${alternative}'` : ""}`,
    hint: hint + sizeNote,
  };
}

interface Lookback {
  /** The look-back's source text, such as `ago(14d)`. */
  text: string;
  ticks: number;
}

/** Returns the look-back of `ago(X)` or `now() - X` when X is a constant timespan. */
function lookbackOf(node: SyntaxNode): Lookback | undefined {
  const kind = kindOf(node);
  if (kind === "FunctionCallExpression" && calls(node, "ago")) {
    const [argument] = elementsOf(node.ArgumentList.Expressions);
    const ticks = constantTicks(argument);
    return ticks === undefined ? undefined : { text: textOf(node), ticks };
  }
  if (kind === "SubtractExpression" && calls(node.Left, "now")) {
    const ticks = constantTicks(node.Right);
    return ticks === undefined ? undefined : { text: textOf(node), ticks };
  }
  return undefined;
}

function calls(node: SyntaxNode, name: string): boolean {
  return kindOf(node) === "FunctionCallExpression" && node.ReferencedSymbol?.Name === name;
}

/**
 * Returns the ticks of a constant timespan expression: a literal, or a
 * `let` name bound to one.
 * NOTE: arithmetic such as `ago(2 * 7d)` is not folded, so it is not checked.
 */
function constantTicks(expression: SyntaxNode): number | undefined {
  if (!expression || expression.IsConstant !== true) return undefined;
  if (expression.ResultType?.Name !== "timespan") return undefined;

  const value = expression.ConstantValue;
  const ticks = value?.getTicks?.()?.toNumber?.();
  return typeof ticks === "number" ? ticks : undefined;
}

function lookbackFinding(lookback: Lookback, queryPeriod: number): Omit<QueryFinding, "line" | "column"> {
  const period = formatTimespan(queryPeriod);
  return {
    kind: "lookback-exceeds-query-period",
    message: `${lookback.text} looks back ${formatTimespan(lookback.ticks)}, longer than the rule's queryPeriod of ${period}`,
    hint: "Sentinel passes the query only the rows of the last queryPeriod; raise queryPeriod or shorten the look-back",
  };
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column };
}
