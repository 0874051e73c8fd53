import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, offsetOf } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { CountPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";

/**
 * `count` (learn.microsoft.com/kusto/query/count-operator): one row with
 * the number of input rows in a `long` column named `Count`.
 */
export function lowerCount(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): CountPlan {
  const columns = columnsOfNode(context, node);
  return { kind: "count", offset: offsetOf(context, node), columns, input };
}

export function compileCount(
  plan: CountPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  return () => ({ columns: plan.columns, rows: [[input().rows.length]] });
}
