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

/** `print Name = Expression, ...`: one row of scalar values. */
export function lowerPrint(node: SyntaxNode, input: TabularPlan | undefined, context: LowerContext): ValuesPlan {
  if (input) throw errorAt(context, node, "print cannot follow another operator", "semantic");
  const columns = columnsOfNode(context, node);
  const items = lowerNamedExpressions(node.Expressions, withRow(context, []), columns, false);
  const row = items.map((item) => item.expression);
  return { kind: "values", operator: "print", offset: offsetOf(context, node), columns, rows: [row] };
}

/**
 * `datatable(Name: type, ...) [values...]`: values fill the rows column by
 * column; each value converts to its column's type
 * (learn.microsoft.com/kusto/query/datatable-operator).
 */
export function lowerDatatable(node: SyntaxNode, context: LowerContext): ValuesPlan {
  const columns = columnsOfNode(context, node);
  const values = elementsOf(node.Values).map((value) => lowerScalar(value, withRow(context, [])));
  if (columns.length === 0 || values.length % columns.length !== 0) {
    throw errorAt(context, node, `datatable has ${values.length} values, not a multiple of its ${columns.length} columns`, "semantic");
  }
  const rows: ScalarPlan[][] = [];
  for (let i = 0; i < values.length; i += columns.length) {
    rows.push(values.slice(i, i + columns.length).map((value, j) => convertLiteral(value, columns[j].type)));
  }
  return { kind: "values", operator: "datatable", offset: offsetOf(context, node), columns, rows };
}

function convertLiteral(plan: ScalarPlan, type: KustoType): ScalarPlan {
  if (plan.kind !== "literal" || plan.type === type) return plan;
  const value: Value = convertValue(plan.value, plan.type, type);
  return { ...plan, type, value };
}

export function compileValues(plan: ValuesPlan, compiler: Compiler): TableFunction {
  const rows = plan.rows.map((row) => row.map((value) => compiler.scalar(value, [])));
  return () => ({ columns: plan.columns, rows: rows.map((row) => row.map((value) => value([]))) });
}
