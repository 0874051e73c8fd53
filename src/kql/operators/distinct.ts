import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerNamedExpressions } from "../lower/named.js";
import type {
  DistinctPlan,
  NamedExpression,
  TabularPlan,
} from "../plan/types.js";
import { elementsOf, kindOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Value } from "../types.js";
import { rowKey } from "../values/compare.js";

/**
 * `distinct Columns` or `distinct *`
 * (learn.microsoft.com/kusto/query/distinct-operator): one row per
 * distinct combination, in order of first appearance.
 */
export function lowerDistinct(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): DistinctPlan {
  const columns = columnsOfNode(context, node);
  const offset = offsetOf(context, node);
  const items = elementsOf(node.Expressions);
  const star = items.some((item) => kindOf(item) === "StarExpression");
  const named: NamedExpression[] = star
    ? columns.map(({ name, type }) => ({
        name,
        expression: { kind: "column", offset, type, name },
      }))
    : lowerNamedExpressions(
        node.Expressions,
        withRow(context, input.columns),
        columns,
        false,
      );
  return { kind: "distinct", offset, columns, input, items: named };
}

export function compileDistinct(
  plan: DistinctPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const items = plan.items.map((item) =>
    compiler.scalar(item.expression, plan.input.columns),
  );
  const types = plan.items.map((item) => item.expression.type);
  return () => {
    const seen = new Map<string, readonly Value[]>();
    for (const row of input().rows) {
      const values = items.map((item) => item(row));
      const key = rowKey(values, types);
      if (!seen.has(key)) seen.set(key, values);
    }
    return { columns: plan.columns, rows: [...seen.values()] };
  };
}
