import type { Compiler, TableFunction } from "../compile/types.js";
import { offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import type { TabularPlan, TopPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import { compileComparator, lowerSortKey } from "./sort.js";

/**
 * `top N by Expr [asc|desc] [nulls first|last]`
 * (learn.microsoft.com/kusto/query/top-operator): sorts as `sort` does,
 * then takes N rows.
 */
export function lowerTop(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): TopPlan {
  const count = lowerScalar(node.Expression, withRow(context, []));
  const keys = [lowerSortKey(node.ByExpression, input.columns, context)];
  return {
    kind: "top",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    count,
    keys,
  };
}

export function compileTop(plan: TopPlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const count = compiler.scalar(plan.count, []);
  const compare = compileComparator(plan.keys, plan.input.columns, compiler);
  return () => {
    const limit = Math.max(0, Number(count([]) ?? 0));
    const rows = [...input().rows].sort(compare).slice(0, limit);
    return { columns: plan.columns, rows };
  };
}
