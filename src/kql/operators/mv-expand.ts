import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { constantOf } from "../lower/statements.js";
import { lowerScalar } from "../lower/scalar.js";
import type { MvExpandPlan, TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf, scalarTypeOf, textOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { convertValue } from "../values/convert.js";
import { isDynamicArray, isPropertyBag } from "../values/dynamic.js";

/** The row limit of the legacy `mvexpand` spelling. */
const LEGACY_LIMIT = 128;

/**
 * `mv-expand [kind=bag|array] [with_itemindex=I] Col [to typeof(T)], ...
 * [limit N]` (learn.microsoft.com/kusto/query/mv-expand-operator): one row
 * per element, several expressions expanded in parallel with nulls for
 * the shorter ones. A null expands to one row, an empty array or bag to
 * none. Bags expand to one-entry bags (`kind=bag`) or `[key, value]` pairs.
 */
export function lowerMvExpand(node: SyntaxNode, input: TabularPlan, context: LowerContext): MvExpandPlan {
  const rowContext = withRow(context, input.columns);
  const columns = columnsOfNode(context, node);
  const { bagExpansion, indexColumn } = parametersOf(node, context);
  const inputNames = new Set(input.columns.map((column) => column.name));
  const newNames = columns.map((column) => column.name).filter((name) => !inputNames.has(name) && name !== indexColumn);
  const items = elementsOf(node.Expressions).map((item) => {
    const named = kindOf(item.Expression) === "SimpleNamedExpression";
    const expression = named ? item.Expression.Expression : item.Expression;
    const name = named
      ? nameOf(item.Expression.Name)
      : kindOf(expression) === "NameReference"
        ? nameOf(expression)
        : newNames.shift() ?? nameOf(expression);
    const type: KustoType = item.ToTypeOf ? scalarTypeOf(item.ResultType) ?? "dynamic" : "dynamic";
    return { expression: lowerScalar(expression, rowContext), name, type };
  });
  const limit = rowLimitOf(node, context);
  return { kind: "mv-expand", offset: offsetOf(context, node), columns, input, items, bagExpansion, limit, indexColumn };
}

function parametersOf(
  node: SyntaxNode,
  context: LowerContext,
): { bagExpansion: "bag" | "array"; indexColumn?: string } {
  let bagExpansion: "bag" | "array" = "bag";
  let indexColumn: string | undefined;
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "kind" || name === "bagexpansion") bagExpansion = value === "array" ? "array" : "bag";
    else if (name === "with_itemindex") indexColumn = value;
    else throw errorAt(context, parameter, `the mv-expand parameter '${name}' is not supported yet`);
  }
  return { bagExpansion, indexColumn };
}

function rowLimitOf(node: SyntaxNode, context: LowerContext): number | undefined {
  const clause = node.RowLimitClause;
  const legacy = String(node.GetFirstToken?.()?.Text ?? "").toLowerCase() === "mvexpand";
  if (!clause) return legacy ? LEGACY_LIMIT : undefined;
  const value = constantOf(lowerScalar(clause.RowLimit, withRow(context, [])));
  if (!value.known) throw errorAt(context, clause, "the mv-expand limit must be a constant", "semantic");
  return Number(value.value);
}

type Source = { kind: "input"; index: number } | { kind: "item"; index: number } | { kind: "index" };

export function compileMvExpand(plan: MvExpandPlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const items = plan.items.map((item) => compiler.scalar(item.expression, plan.input.columns));
  const sources = plan.columns.map((column) => sourceOf(column, plan));
  const limit = plan.limit ?? Number.MAX_SAFE_INTEGER;
  return () => {
    const rows: Value[][] = [];
    for (const row of input().rows) {
      const lists = items.map((item, i) => elementsToExpand(item(row), plan.bagExpansion, plan.items[i].type));
      const count = Math.min(limit, Math.max(...lists.map((list) => list.length)));
      for (let i = 0; i < count; i++) {
        rows.push(sources.map((source) => valueOf(source, row, lists, i)));
      }
    }
    return { columns: plan.columns, rows };
  };
}

function sourceOf(column: Column, plan: MvExpandPlan): Source {
  const item = plan.items.findIndex((candidate) => candidate.name === column.name);
  if (item >= 0) return { kind: "item", index: item };
  if (column.name === plan.indexColumn) return { kind: "index" };
  const index = plan.input.columns.findIndex((candidate) => candidate.name === column.name);
  if (index < 0) throw new Error(`mv-expand output column '${column.name}' has no source`);
  return { kind: "input", index };
}

function valueOf(source: Source, row: readonly Value[], lists: readonly Value[][], i: number): Value {
  if (source.kind === "input") return row[source.index];
  if (source.kind === "index") return i;
  return i < lists[source.index].length ? lists[source.index][i] : null;
}

function elementsToExpand(value: Value, bagExpansion: "bag" | "array", type: KustoType): Value[] {
  let elements: Value[];
  if (isDynamicArray(value)) elements = [...value];
  else if (isPropertyBag(value)) {
    elements = Object.entries(value).map(([key, member]) => (bagExpansion === "bag" ? { [key]: member } : [key, member]));
  } else elements = [value];
  return type === "dynamic" ? elements : elements.map((element) => castElement(element, type));
}

/** `to typeof(T)` casts without parsing: an element of another kind becomes null. */
function castElement(value: Value, type: KustoType): Value {
  if (value === null) return type === "string" ? "" : null;
  switch (type) {
    case "string":
      return typeof value === "string" ? value : "";
    case "bool":
      return typeof value === "boolean" ? value : null;
    case "int":
    case "long":
      return typeof value === "bigint" || (typeof value === "number" && Number.isInteger(value)) ? value : null;
    case "real":
    case "decimal":
      return typeof value === "number" ? value : null;
    default:
      return convertValue(value, "dynamic", type);
  }
}
