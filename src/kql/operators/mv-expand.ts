import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import { constantOf } from "../lower/statements.js";
import type { MvExpandPlan, TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf, scalarTypeOf, textOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { convertValue } from "../values/convert.js";
import { isDynamicArray, isPropertyBag } from "../values/dynamic.js";

/** The row limit of the legacy `mvexpand` spelling. */
const LEGACY_LIMIT = 128;

type BagExpansion = MvExpandPlan["bagExpansion"];

/**
 * `mv-expand [kind=bag|array] [with_itemindex=I] Col [to typeof(T)], ...
 * [limit N]` (learn.microsoft.com/kusto/query/mv-expand-operator): one row
 * per element, several expressions expanded in parallel with nulls for the
 * shorter ones. A null expands to one row, an empty array or bag to none.
 * Bags expand to one-entry bags (`kind=bag`) or `[key, value]` pairs.
 */
export function lowerMvExpand(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): MvExpandPlan {
  return lowerExpansion(node, input, columnsOfNode(context, node), context);
}

/**
 * Lowers the expansion part of `mv-expand` or `mv-apply` over `input`,
 * producing `columns`. An unnamed expression other than a column, such as
 * `A.b`, gets the name Kusto.Language gave its new column (`A_b`).
 */
export function lowerExpansion(
  node: SyntaxNode,
  input: TabularPlan,
  columns: readonly Column[],
  context: LowerContext,
): MvExpandPlan {
  const rowContext = withRow(context, input.columns);
  const { bagExpansion, indexColumn } = parametersOf(node, context);
  const inputNames = new Set(input.columns.map((column) => column.name));
  const newNames = columns
    .map((column) => column.name)
    .filter((name) => !inputNames.has(name) && name !== indexColumn);
  const items = elementsOf(node.Expressions).map((item: SyntaxNode) => {
    const named = kindOf(item.Expression) === "SimpleNamedExpression";
    const expression = named ? item.Expression.Expression : item.Expression;
    let name: string;
    if (named) name = nameOf(item.Expression.Name);
    else if (kindOf(expression) === "NameReference") name = nameOf(expression);
    else name = newNames.shift() ?? nameOf(expression);
    const type: KustoType = item.ToTypeOf
      ? (scalarTypeOf(item.ResultType) ?? "dynamic")
      : "dynamic";
    return { expression: lowerScalar(expression, rowContext), name, type };
  });
  return {
    kind: "mv-expand",
    offset: offsetOf(context, node),
    columns,
    input,
    items,
    bagExpansion,
    limit: rowLimitOf(node, context),
    indexColumn,
  };
}

function parametersOf(
  node: SyntaxNode,
  context: LowerContext,
): { bagExpansion: BagExpansion; indexColumn?: string } {
  let bagExpansion: BagExpansion = "bag";
  let indexColumn: string | undefined;
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "kind" || name === "bagexpansion") {
      bagExpansion = value === "array" ? "array" : "bag";
    } else if (name === "with_itemindex") {
      indexColumn = value;
    } else {
      const message = `the ${operatorName(node)} parameter '${name}' is not supported yet`;
      throw errorAt(context, parameter, message);
    }
  }
  return { bagExpansion, indexColumn };
}

function operatorName(node: SyntaxNode): string {
  return String(node.GetFirstToken?.()?.Text ?? "mv-expand").toLowerCase();
}

function rowLimitOf(
  node: SyntaxNode,
  context: LowerContext,
): number | undefined {
  const clause = node.RowLimitClause;
  if (!clause) return operatorName(node) === "mvexpand" ? LEGACY_LIMIT : undefined;

  const value = constantOf(lowerScalar(clause.RowLimit, withRow(context, [])));
  if (!value.known) {
    const message = `the ${operatorName(node)} limit must be a constant`;
    throw errorAt(context, clause, message, "semantic");
  }
  return Number(value.value);
}

type Source =
  | { kind: "input"; index: number }
  | { kind: "item"; index: number; type: KustoType }
  | { kind: "index" };

export function compileMvExpand(
  plan: MvExpandPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const items = plan.items.map((item) => ({
    value: compiler.scalar(item.expression, plan.input.columns),
    type: item.type,
  }));
  const sources = plan.columns.map((column) => sourceOf(column, plan));
  const limit = plan.limit ?? Number.MAX_SAFE_INTEGER;
  return () => {
    const rows: Value[][] = [];
    for (const row of input().rows) {
      const lists = items.map((item) =>
        elementsToExpand(item.value(row), plan.bagExpansion, item.type),
      );
      const longest = Math.max(...lists.map((list) => list.length));
      const count = Math.min(limit, longest);
      for (let i = 0; i < count; i++) {
        rows.push(sources.map((source) => valueOf(source, row, lists, i)));
      }
    }
    return { columns: plan.columns, rows };
  };
}

function sourceOf(column: Column, plan: MvExpandPlan): Source {
  const item = plan.items.findIndex((candidate) => candidate.name === column.name);
  if (item >= 0) return { kind: "item", index: item, type: plan.items[item].type };
  if (column.name === plan.indexColumn) return { kind: "index" };

  const index = plan.input.columns.findIndex(
    (candidate) => candidate.name === column.name,
  );
  if (index < 0) throw new Error(`mv-expand column '${column.name}' has no source`);
  return { kind: "input", index };
}

function valueOf(
  source: Source,
  row: readonly Value[],
  lists: readonly Value[][],
  i: number,
): Value {
  if (source.kind === "input") return row[source.index];
  if (source.kind === "index") return i;

  const list = lists[source.index];
  if (i < list.length) return list[i];
  return source.type === "string" ? "" : null;
}

function elementsToExpand(
  value: Value,
  bagExpansion: BagExpansion,
  type: KustoType,
): Value[] {
  let elements: Value[];
  if (isDynamicArray(value)) {
    elements = [...value];
  } else if (isPropertyBag(value)) {
    elements = Object.entries(value).map(([key, member]) =>
      bagExpansion === "bag" ? { [key]: member } : [key, member],
    );
  } else {
    elements = [value];
  }
  if (type === "dynamic") return elements;
  return elements.map((element) => castElement(element, type));
}

/**
 * Applies `to typeof(T)`, which casts without parsing: an element of
 * another kind becomes null, or the empty string for `string`.
 */
function castElement(value: Value, type: KustoType): Value {
  if (value === null) return type === "string" ? "" : null;
  switch (type) {
    case "string":
      return typeof value === "string" ? value : "";
    case "bool":
      return typeof value === "boolean" ? value : null;
    case "int":
    case "long":
      return isInteger(value) ? value : null;
    case "real":
    case "decimal":
      return typeof value === "number" ? value : null;
    default:
      return convertValue(value, "dynamic", type);
  }
}

function isInteger(value: Value): boolean {
  if (typeof value === "bigint") return true;
  return typeof value === "number" && Number.isInteger(value);
}
