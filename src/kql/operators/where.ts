import type { Compiler, TableFunction } from "../compile/types.js";
import { offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import type { FilterPlan, TabularPlan } from "../plan/types.js";
import { usesWindow } from "../plan/visit.js";
import type { SyntaxNode } from "../syntax.js";
import { mapRows } from "./rows.js";

/**
 * `where Predicate` (learn.microsoft.com/kusto/query/where-operator): keeps
 * the rows for which the predicate is true, so a null result drops a row.
 */
export function lowerWhere(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): FilterPlan {
  const predicate = lowerScalar(node.Condition, withRow(context, input.columns));
  return {
    kind: "where",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    predicate,
  };
}

export function compileWhere(
  plan: FilterPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const predicate = compiler.scalar(plan.predicate, plan.input.columns);
  const windowed = usesWindow([plan.predicate]);
  return () => {
    const rows = mapRows(input().rows, compiler.runtime, windowed, (row) =>
      predicate(row) === true ? row : undefined,
    );
    return { columns: plan.columns, rows };
  };
}
