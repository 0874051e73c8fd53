import type { Compiler, TableFunction } from "../compile/types.js";
import { offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import type { TabularPlan, TakePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";

/**
 * `take N` and `limit N` (learn.microsoft.com/kusto/query/take-operator).
 * Kusto returns any N rows; the engine returns the first N.
 */
export function lowerTake(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): TakePlan {
  const count = lowerScalar(node.Expression, withRow(context, []));
  return {
    kind: "take",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    count,
  };
}

export function compileTake(plan: TakePlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const count = compiler.scalar(plan.count, []);
  return () => {
    const limit = Math.max(0, Number(count([]) ?? 0));
    return { columns: plan.columns, rows: input().rows.slice(0, limit) };
  };
}
