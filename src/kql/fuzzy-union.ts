import { elementsOf, kindOf, nameOf, textOf, walk } from "./syntax.js";
import type { SyntaxNode } from "./syntax.js";

/** A range of the query text, as offsets `[start, end)`. */
type TextRange = readonly [number, number];

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
export function blankUnresolvedUnionInputs(
  root: SyntaxNode,
  text: string,
): string {
  const ranges: TextRange[] = [];
  walk(root, (node) => {
    if (kindOf(node) === "UnionOperator" && isFuzzyUnion(node)) {
      ranges.push(...unresolvedRanges(node));
    }
  });

  let blanked = text;
  for (const [start, end] of ranges) {
    const spaces = blanked.slice(start, end).replace(/[^\r\n]/g, " ");
    blanked = blanked.slice(0, start) + spaces + blanked.slice(end);
  }
  return blanked;
}

/** Tells whether a `union` has the parameter `isfuzzy=true`. */
export function isFuzzyUnion(union: SyntaxNode): boolean {
  return elementsOf(union.Parameters).some(
    (parameter) =>
      nameOf(parameter.Name).toLowerCase() === "isfuzzy" &&
      textOf(parameter.Expression).trim().toLowerCase() === "true",
  );
}

/**
 * Tells whether a union input starts from a name Kusto.Language could not
 * resolve, which it allows only with `isfuzzy=true`.
 */
export function isUnresolvedInput(expression: SyntaxNode): boolean {
  let node = expression;
  for (;;) {
    const kind = kindOf(node);
    if (kind === "ParenthesizedExpression") node = node.Expression;
    else if (kind === "PipeExpression") node = node.Expression;
    else break;
  }
  return kindOf(node) === "NameReference" && !node.ReferencedSymbol;
}

/**
 * Returns the ranges to blank in one fuzzy union: each unresolved input,
 * and every comma except those between two inputs that remain.
 */
function unresolvedRanges(union: SyntaxNode): TextRange[] {
  const items: SyntaxNode[] = [];
  for (let i = 0; i < union.Expressions.Count; i++) {
    items.push(union.Expressions.getItem(i));
  }
  const remains = items.map((item) => !isUnresolvedInput(item.Element));
  const lastRemaining = remains.lastIndexOf(true);
  if (lastRemaining < 0) return pipedUnionRange(union);

  const ranges: TextRange[] = [];
  items.forEach((item, i) => {
    if (!remains[i]) ranges.push(rangeOf(item.Element));
    if (item.Separator && !(remains[i] && i < lastRemaining)) {
      ranges.push(rangeOf(item.Separator));
    }
  });
  return ranges;
}

/** Returns the range of `| union ...` when only the piped input remains. */
function pipedUnionRange(union: SyntaxNode): TextRange[] {
  const pipe = union.Parent;
  if (!pipe || kindOf(pipe) !== "PipeExpression" || pipe.Operator !== union) {
    return [];
  }
  const hasSource = elementsOf(union.Parameters).some(
    (parameter) => nameOf(parameter.Name).toLowerCase() === "withsource",
  );
  if (hasSource) return [];
  const [, end] = rangeOf(union);
  return [[Number(pipe.Bar.TextStart), end]];
}

function rangeOf(node: SyntaxNode): TextRange {
  const start = Number(node.TextStart);
  return [start, start + Number(node.Width)];
}
