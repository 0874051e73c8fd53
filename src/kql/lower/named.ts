import type { NamedExpression } from "../plan/types.js";
import { elementsOf, kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column } from "../types.js";
import { errorAt } from "./context.js";
import type { LowerContext } from "./context.js";
import { lowerScalar } from "./scalar.js";
import { lowerTupleCall, tupleColumns, tupleElement } from "./tuple.js";

/** An expression of an operator's list, with the names written for it. */
export interface WrittenExpression {
  readonly node: SyntaxNode;
  /** The name of `Name = Expression`. */
  readonly name?: string;
  /** The names of `(A, B) = Expression`, for a call returning several columns. */
  readonly names?: readonly string[];
  readonly expression: SyntaxNode;
}

/**
 * Splits `Name = Expression` and `(A, B) = Expression` items. Unless
 * `allowNames`, the second form raises `unsupported`.
 */
export function writtenExpressions(
  list: SyntaxNode,
  context: LowerContext,
  allowNames = false,
): WrittenExpression[] {
  return elementsOf(list).map((node) => {
    const kind = kindOf(node);
    if (kind === "SimpleNamedExpression") {
      return { node, name: nameOf(node.Name), expression: node.Expression };
    }
    if (kind === "CompoundNamedExpression") {
      if (!allowNames) {
        const message = "assigning one expression to several names is not supported here yet";
        throw errorAt(context, node, message);
      }
      const names = elementsOf(node.Names.Names).map((name) => nameOf(name));
      return { node, names, expression: node.Expression };
    }
    return { node, expression: node };
  });
}

/**
 * Lowers the items of `extend`, `project` or `summarize ... by`. A name
 * not written in the query is the one Kusto.Language gave the column:
 * `outputColumns` lists the columns the items create, in order. With
 * `appendOnly`, an item named after an input column replaces that column
 * and takes no output slot, as in `extend`. A call that returns several
 * columns (`(a, b) = series_fit_line(y)`) gives one item per column.
 */
export function lowerNamedExpressions(
  list: SyntaxNode,
  context: LowerContext,
  outputColumns: readonly Column[],
  appendOnly: boolean,
): NamedExpression[] {
  const existing = new Set(context.row.map((column) => column.name));
  let slot = 0;
  const resolveName = (name: string | undefined, fallback: string) => {
    const takesSlot = !appendOnly || name === undefined || !existing.has(name);
    const resolved = name ?? outputColumns[slot]?.name ?? fallback;
    if (takesSlot) slot++;
    existing.add(resolved);
    return resolved;
  };

  const items: NamedExpression[] = [];
  for (const written of writtenExpressions(list, context, true)) {
    const { expression } = written;
    const tuple = tupleColumns(expression, context);
    if (!tuple) {
      const name = resolveName(written.name ?? written.names?.[0], nameOf(expression));
      items.push({ name, expression: lowerScalar(expression, context) });
      continue;
    }
    const call = lowerTupleCall(expression, context);
    const names = written.names ?? (written.name ? [written.name] : []);
    for (const [index, column] of tuple.entries()) {
      // `print (a, b) = f()` keeps only the named columns.
      if (names[index] === undefined && slot >= outputColumns.length) break;
      const name = resolveName(names[index], column.name);
      items.push({ name, expression: tupleElement(call, index, column) });
    }
  }
  return items;
}
