import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerNamedExpressions } from "../lower/named.js";
import type { SerializePlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import { assign, compileAssignments } from "./extend.js";
import { mapRows } from "./rows.js";

/**
 * `serialize [Name = Expression, ...]`
 * (learn.microsoft.com/kusto/query/serialize-operator): keeps the row
 * order so that `prev`, `next` and `row_number` can be used, and extends
 * like `extend`.
 */
export function lowerSerialize(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): SerializePlan {
  const columns = columnsOfNode(context, node);
  const assignments = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns.slice(input.columns.length),
    true,
  );
  const offset = offsetOf(context, node);
  return { kind: "serialize", offset, columns, input, assignments };
}

export function compileSerialize(
  plan: SerializePlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const { assignments, width } = compileAssignments(
    plan.input.columns,
    plan.assignments,
    compiler,
  );
  return () => {
    const rows = mapRows(input().rows, compiler.runtime, true, (row) =>
      assign(row, assignments, width),
    );
    return { columns: plan.columns, rows };
  };
}
