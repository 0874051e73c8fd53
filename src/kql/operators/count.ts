import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, offsetOf } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { CountPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";

/** `count`: one row, one `long` column `Count` with the number of input rows. */
export function lowerCount(node: SyntaxNode, input: TabularPlan, context: LowerContext): CountPlan {
  return { kind: "count", offset: offsetOf(context, node), columns: columnsOfNode(context, node), input };
}

export function compileCount(plan: CountPlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  return () => ({ columns: plan.columns, rows: [[input().rows.length]] });
}
