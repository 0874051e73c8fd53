import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { TabularPlan, UnionPlan } from "../plan/types.js";
import {
  elementsOf,
  kindOf,
  nameOf,
  symbolClassOf,
  textOf,
} from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Value } from "../types.js";

type UnionInput = UnionPlan["inputs"][number];

/**
 * `union [kind=inner|outer] [withsource=Name] T1, T2, ...` and
 * `T | union ...` (learn.microsoft.com/kusto/query/union-operator): the
 * rows of every input, each output column taken from the input column of
 * the same name. Kusto.Language names a column whose type differs between
 * inputs `Name_type`.
 */
export function lowerUnion(
  node: SyntaxNode,
  input: TabularPlan | undefined,
  context: LowerContext,
): UnionPlan {
  const inputs: UnionInput[] = [];
  if (input) inputs.push({ plan: input, name: sourceName(input, 0) });
  for (const expression of elementsOf(node.Expressions)) {
    for (const plan of lowerUnionInput(expression, withRow(context, []))) {
      inputs.push({ plan, name: sourceName(plan, inputs.length) });
    }
  }
  let sourceColumn: string | undefined;
  let inner = false;
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "withsource") sourceColumn = value;
    else if (name === "kind") inner = value.toLowerCase() === "inner";
    else if (name !== "isfuzzy") {
      const message = `the union parameter '${name}' is not supported yet`;
      throw errorAt(context, parameter, message);
    }
  }
  const all = columnsOfNode(context, node);
  const columns = inner
    ? all.filter((column) => column.name === sourceColumn || inAll(column, inputs))
    : all;
  const offset = offsetOf(context, node);
  return { kind: "union", offset, columns, inputs, sourceColumn };
}

/**
 * Tells whether every input has a column of this name and type, the ones
 * `kind=inner` keeps. Kusto.Language infers the outer schema for both
 * kinds.
 */
function inAll(column: Column, inputs: readonly UnionInput[]): boolean {
  return inputs.every(({ plan }) =>
    plan.columns.some(
      (candidate) => candidate.name === column.name && candidate.type === column.type,
    ),
  );
}

/** Lowers an input; a wildcard such as `Zoom*` gives every known table it matches. */
function lowerUnionInput(
  expression: SyntaxNode,
  context: LowerContext,
): TabularPlan[] {
  const isName = kindOf(expression) === "NameReference";
  if (!isName || !nameOf(expression).includes("*")) {
    return [context.lowerTabular(expression, context)];
  }
  const symbol = expression.ReferencedSymbol;
  if (!symbol) return [];
  const isTable = symbolClassOf(symbol) === "TableSymbol";
  const tables = isTable ? [symbol] : membersOf(symbol);
  return tables.map((table) => tablePlan(table, expression, context));
}

function membersOf(symbol: SyntaxNode): SyntaxNode[] {
  const members = symbol.Members;
  const result: SyntaxNode[] = [];
  for (let i = 0; members && i < members.Count; i++) result.push(members.getItem(i));
  return result;
}

function tablePlan(
  symbol: SyntaxNode,
  node: SyntaxNode,
  context: LowerContext,
): TabularPlan {
  const name = String(symbol.Name);
  if (!context.state.tables.includes(name)) context.state.tables.push(name);
  const typed = { ResultType: symbol, TextStart: node.TextStart };
  const columns = columnsOfNode(context, typed);
  return { kind: "table", offset: offsetOf(context, node), columns, name };
}

/** Names an input for `withsource`: its table name, or `union_argN`. */
function sourceName(plan: TabularPlan, index: number): string {
  return plan.kind === "table" ? plan.name : `union_arg${index}`;
}

type Source = number | "source";

export function compileUnion(
  plan: UnionPlan,
  compiler: Compiler,
): TableFunction {
  const missing = plan.columns.map((column): Value =>
    column.type === "string" ? "" : null,
  );
  const inputs = plan.inputs.map(({ plan: input, name }) => ({
    evaluate: compiler.tabular(input),
    name,
    sources: plan.columns.map((column) =>
      sourceIndex(column, input.columns, plan.sourceColumn),
    ),
  }));
  return () => {
    const rows: Value[][] = [];
    for (const input of inputs) {
      const pick = (row: readonly Value[], source: Source, i: number): Value => {
        if (source === "source") return input.name;
        return source < 0 ? missing[i] : row[source];
      };
      for (const row of input.evaluate().rows) {
        rows.push(input.sources.map((source, i) => pick(row, source, i)));
      }
    }
    return { columns: plan.columns, rows };
  };
}

function sourceIndex(
  column: Column,
  columns: readonly Column[],
  sourceColumn: string | undefined,
): Source {
  if (column.name === sourceColumn) return "source";
  const same = columns.findIndex((candidate) => candidate.name === column.name);
  if (same >= 0) return same;
  return columns.findIndex(
    (candidate) => `${candidate.name}_${candidate.type}` === column.name,
  );
}
