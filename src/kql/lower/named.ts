import type { NamedExpression } from "../plan/types.js";
import { elementsOf, kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column } from "../types.js";
import { errorAt } from "./context.js";
import type { LowerContext } from "./context.js";
import { lowerScalar } from "./scalar.js";

/** An expression of an operator's list, with the name written for it, if any. */
export interface WrittenExpression {
  readonly node: SyntaxNode;
  readonly name?: string;
  readonly expression: SyntaxNode;
}

/** Splits `Name = Expression` items; `(A, B) = ...` is not supported. */
export function writtenExpressions(
  list: SyntaxNode,
  context: LowerContext,
): WrittenExpression[] {
  return elementsOf(list).map((node) => {
    const kind = kindOf(node);
    if (kind === "SimpleNamedExpression") {
      return { node, name: nameOf(node.Name), expression: node.Expression };
    }
    if (kind === "CompoundNamedExpression") {
      const message = "assigning one expression to several names is not supported yet";
      throw errorAt(context, node, message);
    }
    return { node, expression: node };
  });
}

/**
 * Lowers the items of `extend`, `project` or `summarize ... by`. A name
 * not written in the query is the one Kusto.Language gave the column:
 * `outputColumns` lists the columns the items create, in order. With
 * `appendOnly`, an item named after an input column replaces that column
 * and takes no output slot, as in `extend`.
 */
export function lowerNamedExpressions(
  list: SyntaxNode,
  context: LowerContext,
  outputColumns: readonly Column[],
  appendOnly: boolean,
): NamedExpression[] {
  const existing = new Set(context.row.map((column) => column.name));
  let slot = 0;
  return writtenExpressions(list, context).map(({ name, expression }) => {
    const takesSlot = !appendOnly || name === undefined || !existing.has(name);
    const resolved = name ?? outputColumns[slot]?.name ?? nameOf(expression);
    if (takesSlot) slot++;
    existing.add(resolved);
    return { name: resolved, expression: lowerScalar(expression, context) };
  });
}
