import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { MvApplyPlan, RowsPlan, TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf, scalarTypeOf, textOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Table, Value } from "../types.js";
import { lowerExpansion } from "./mv-expand.js";

/**
 * `mv-apply [with_itemindex=I] [Name =] Array [to typeof(T)], ... [limit N]
 * on (Subquery)` (learn.microsoft.com/kusto/query/mv-apply-operator). Each
 * input row is expanded as by `mv-expand` into a subtable, the subquery
 * runs on it, and the results are concatenated. Output columns that the
 * subquery does not produce keep the input row's values.
 *
 * NOTE: a `toscalar`, `materialize` or `let` value inside the subquery is
 * computed once per evaluation, not once per input row.
 */
export function lowerMvApply(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): MvApplyPlan {
  const rowsId = context.state.nextId++;
  const offset = offsetOf(context, node);
  const rows: RowsPlan = { kind: "rows", offset, columns: input.columns, id: rowsId };
  const subtable = subtableColumns(node, input.columns, context);
  const expand = lowerExpansion(node, rows, subtable, context);
  const subquery = context.lowerTabular(node.Subquery.Expression, {
    ...context,
    implicitInput: expand,
    row: expand.columns,
  });
  const columns = columnsOfNode(context, node);
  return { kind: "mv-apply", offset, columns, input, rowsId, expand, subquery };
}

/**
 * Lists the subtable's columns: the input columns, each expanded item
 * (replacing the column of its name), then the item index.
 */
function subtableColumns(
  node: SyntaxNode,
  inputColumns: readonly Column[],
  context: LowerContext,
): Column[] {
  const columns = [...inputColumns];
  for (const item of elementsOf(node.Expressions)) {
    const named = kindOf(item.Expression) === "SimpleNamedExpression";
    const expression = named ? item.Expression.Expression : item.Expression;
    if (!named && kindOf(expression) !== "NameReference") {
      const message = "mv-apply of an unnamed expression is not supported yet; write Name = Expression";
      throw errorAt(context, item, message);
    }
    const name = named ? nameOf(item.Expression.Name) : nameOf(expression);
    const cast = item.ToTypeOf ? scalarTypeOf(item.ResultType) : undefined;
    const type = cast ?? "dynamic";
    const index = columns.findIndex((column) => column.name === name);
    if (index >= 0) columns[index] = { name, type };
    else columns.push({ name, type });
  }
  for (const parameter of elementsOf(node.Parameters)) {
    if (nameOf(parameter.Name).toLowerCase() === "with_itemindex") {
      columns.push({ name: textOf(parameter.Expression).trim(), type: "long" });
    }
  }
  return columns;
}

export function compileMvApply(
  plan: MvApplyPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const subquery = compiler.tabular(plan.subquery);
  const cache = compiler.runtime.cache;
  const find = (columns: readonly Column[], name: string) =>
    columns.findIndex((candidate) => candidate.name === name);
  const sources = plan.columns.map((column) => {
    const inSubquery = find(plan.subquery.columns, column.name);
    if (inSubquery >= 0) return { from: "subquery" as const, index: inSubquery };
    return { from: "input" as const, index: find(plan.input.columns, column.name) };
  });
  return () => {
    const rows: Value[][] = [];
    for (const row of input().rows) {
      const subtable: Table = { columns: plan.input.columns, rows: [row] };
      cache.set(plan.rowsId, subtable);
      for (const result of subquery().rows) {
        rows.push(
          sources.map(({ from, index }) =>
            from === "subquery" ? result[index] : (row[index] ?? null),
          ),
        );
      }
    }
    cache.delete(plan.rowsId);
    return { columns: plan.columns, rows };
  };
}

/** Reads the rows an enclosing operator stored under the node's id. */
export function compileRows(plan: RowsPlan, compiler: Compiler): TableFunction {
  const cache = compiler.runtime.cache;
  return () => {
    const table = cache.get(plan.id) as Table | undefined;
    return table ?? { columns: plan.columns, rows: [] };
  };
}
