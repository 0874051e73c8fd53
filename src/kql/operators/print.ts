import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerNamedExpressions } from "../lower/named.js";
import { lowerScalar } from "../lower/scalar.js";
import type { ScalarPlan, TabularPlan, ValuesPlan } from "../plan/types.js";
import { elementsOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { KustoType, Value } from "../types.js";
import { convertValue } from "../values/convert.js";

/**
 * `print Name = Expression, ...` (learn.microsoft.com/kusto/query/print-operator):
 * one row of scalar values.
 */
export function lowerPrint(
  node: SyntaxNode,
  input: TabularPlan | undefined,
  context: LowerContext,
): ValuesPlan {
  if (input) {
    throw errorAt(context, node, "print cannot follow another operator", "semantic");
  }
  const columns = columnsOfNode(context, node);
  const items = lowerNamedExpressions(
    node.Expressions,
    withRow(context, []),
    columns,
    false,
  );
  const row = items.map((item) => item.expression);
  const offset = offsetOf(context, node);
  return { kind: "values", operator: "print", offset, columns, rows: [row] };
}

/**
 * `datatable(Name: type, ...) [values...]`
 * (learn.microsoft.com/kusto/query/datatable-operator): the values fill
 * the rows in order, each converted to its column's type.
 */
export function lowerDatatable(
  node: SyntaxNode,
  context: LowerContext,
): ValuesPlan {
  const columns = columnsOfNode(context, node);
  const values = elementsOf(node.Values).map((value) =>
    lowerScalar(value, withRow(context, [])),
  );
  const width = columns.length;
  if (width === 0 || values.length % width !== 0) {
    const message = `datatable has ${values.length} values, not a multiple of its ${width} columns`;
    throw errorAt(context, node, message, "semantic");
  }
  const rows: ScalarPlan[][] = [];
  for (let i = 0; i < values.length; i += width) {
    const row = values.slice(i, i + width);
    rows.push(row.map((value, j) => convertLiteral(value, columns[j].type)));
  }
  const offset = offsetOf(context, node);
  return { kind: "values", operator: "datatable", offset, columns, rows };
}

function convertLiteral(plan: ScalarPlan, type: KustoType): ScalarPlan {
  if (plan.kind !== "literal" || plan.type === type) return plan;
  const value: Value = convertValue(plan.value, plan.type, type);
  return { ...plan, type, value };
}

export function compileValues(
  plan: ValuesPlan,
  compiler: Compiler,
): TableFunction {
  const rows = plan.rows.map((row) => row.map((value) => compiler.scalar(value, [])));
  return () => ({
    columns: plan.columns,
    rows: rows.map((row) => row.map((value) => value([]))),
  });
}
