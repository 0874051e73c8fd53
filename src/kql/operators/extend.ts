import type {
  Compiler,
  RowFunction,
  RowMemo,
  TableFunction,
} from "../compile/types.js";
import { columnsOfNode, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerNamedExpressions } from "../lower/named.js";
import type {
  ExtendPlan,
  NamedExpression,
  TabularPlan,
} from "../plan/types.js";
import { usesWindow } from "../plan/visit.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Value } from "../types.js";
import { mapRows } from "./rows.js";

/**
 * `extend Name = Expression, ...` (learn.microsoft.com/kusto/query/extend-operator):
 * adds columns, or replaces the value of an existing column in place.
 * Every expression reads the input row; Kusto.Language rejects one that
 * names a column added by the same `extend`.
 */
export function lowerExtend(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): ExtendPlan {
  const columns = columnsOfNode(context, node);
  const assignments = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns.slice(input.columns.length),
    true,
  );
  return {
    kind: "extend",
    offset: offsetOf(context, node),
    columns,
    input,
    assignments,
  };
}

/** One compiled assignment: the output index and how to compute it. */
export interface Assignment {
  readonly index: number;
  readonly compute: RowFunction;
}

/**
 * Compiles assignments over the input columns, and returns them with the
 * width of the output rows.
 */
export function compileAssignments(
  inputColumns: readonly Column[],
  assignments: readonly NamedExpression[],
  compiler: Compiler,
  memo?: RowMemo,
): { assignments: Assignment[]; width: number } {
  const names = inputColumns.map((column) => column.name);
  const compiled = assignments.map(({ name, expression }) => {
    const compute = compiler.scalar(expression, inputColumns, memo);
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return { index, compute };
  });
  return { assignments: compiled, width: names.length };
}

/** Applies compiled assignments to one row, returning a new row. */
export function assign(
  row: readonly Value[],
  assignments: readonly Assignment[],
  width: number,
): Value[] {
  const output = new Array<Value>(width);
  const copied = Math.min(row.length, width);
  for (let i = 0; i < copied; i++) output[i] = row[i];
  // Every expression reads the input row, so each can be stored at once.
  for (let i = 0; i < assignments.length; i++) {
    const assignment = assignments[i];
    output[assignment.index] = assignment.compute(row);
  }
  return output;
}

export function compileExtend(
  plan: ExtendPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const { assignments, width } = compileAssignments(
    plan.input.columns,
    plan.assignments,
    compiler,
  );
  const expressions = plan.assignments.map((item) => item.expression);
  const windowed = usesWindow(expressions);
  return () => {
    const rows = mapRows(input().rows, compiler.runtime, windowed, (row) =>
      assign(row, assignments, width),
    );
    return { columns: plan.columns, rows };
  };
}
