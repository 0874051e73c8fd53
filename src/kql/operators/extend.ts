import type { Compiler, RowFunction, TableFunction } from "../compile/types.js";
import { columnsOfNode, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerNamedExpressions } from "../lower/named.js";
import type { ExtendPlan, NamedExpression, TabularPlan } from "../plan/types.js";
import { usesWindow } from "../plan/visit.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Value } from "../types.js";
import { mapRows } from "./rows.js";

/**
 * `extend Name = Expression, ...`: adds columns, or replaces the value of
 * an existing column in place. Each expression sees the columns the ones
 * before it added.
 */
export function lowerExtend(node: SyntaxNode, input: TabularPlan, context: LowerContext): ExtendPlan {
  const columns = columnsOfNode(context, node);
  const assignments = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns.slice(input.columns.length),
    true,
  );
  return { kind: "extend", offset: offsetOf(context, node), columns, input, assignments };
}

interface Step {
  readonly index: number;
  readonly compute: RowFunction;
}

/** Compiles each assignment against the columns as they are at that point. */
export function compileAssignments(
  inputColumns: readonly Column[],
  assignments: readonly NamedExpression[],
  compiler: Compiler,
): { steps: Step[]; columns: Column[] } {
  const columns = [...inputColumns];
  const steps: Step[] = [];
  for (const { name, expression } of assignments) {
    const compute = compiler.scalar(expression, columns);
    let index = columns.findIndex((column) => column.name === name);
    if (index < 0) index = columns.push({ name, type: expression.type }) - 1;
    else columns[index] = { name, type: expression.type };
    steps.push({ index, compute });
  }
  return { steps, columns };
}

/** Applies compiled assignments to one row, returning a new row. */
export function applySteps(row: readonly Value[], steps: readonly Step[], width: number): Value[] {
  const output = row.slice();
  output.length = width;
  for (const step of steps) output[step.index] = step.compute(output);
  return output;
}

export function compileExtend(plan: ExtendPlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const { steps, columns } = compileAssignments(plan.input.columns, plan.assignments, compiler);
  const width = columns.length;
  const windowed = usesWindow(plan.assignments.map((item) => item.expression));
  return () => {
    const rows = mapRows(input().rows, compiler.runtime, windowed, (row) => applySteps(row, steps, width));
    return { columns: plan.columns, rows };
  };
}
