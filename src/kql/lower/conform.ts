import type { NamedExpression, TabularPlan } from "../plan/types.js";
import { columnsOfTable } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";

/**
 * Returns a plan whose columns come in the order Kusto.Language inferred
 * for `node`, for an operator that reads its input by position. A plan
 * with the same columns in another order, such as a union whose column
 * names clash (see `outerUnionColumns`), gets a reordering `project`.
 * Any other plan is returned unchanged.
 */
export function conformColumns(
  plan: TabularPlan,
  node: SyntaxNode,
): TabularPlan {
  const symbol = node?.ResultType;
  if (!symbol?.Columns) return plan;
  const declared = columnsOfTable(symbol);
  const key = (column: { name: string; type?: string }) =>
    `${column.name}:${column.type}`;
  const planKeys = plan.columns.map(key);
  const declaredKeys = declared.map(key);
  if (planKeys.join(",") === declaredKeys.join(",")) return plan;
  if ([...planKeys].sort().join(",") !== [...declaredKeys].sort().join(",")) {
    return plan;
  }
  const columns = plan.columns
    .map((column) => ({ column, position: declaredKeys.indexOf(key(column)) }))
    .sort((a, b) => a.position - b.position)
    .map(({ column }) => column);
  const { offset } = plan;
  const items: NamedExpression[] = columns.map(({ name, type }) => ({
    name,
    expression: { kind: "column", offset, type, name },
  }));
  return {
    kind: "project",
    operator: "project-reorder",
    offset,
    columns,
    input: plan,
    items,
  };
}
