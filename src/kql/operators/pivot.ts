import { InputError } from "../../errors.js";
import type { Compiler, TableFunction } from "../compile/types.js";
import {
  columnsOfNode,
  errorAt,
  offsetOf,
  typeOfNode,
  withRow,
} from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { SchemaNeeded } from "../lower/schema-needed.js";
import type { AggregatePlan, PivotPlan, TabularPlan } from "../plan/types.js";
import { kindOf, nameOf, symbolClassOf, walk } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Table, Value } from "../types.js";
import { rowKey } from "../values/compare.js";
import { convertValue } from "../values/convert.js";
import { toKustoString } from "../values/to-string.js";
import { compileAggregate, isAggregateCall, lowerAggregate } from "./aggregate.js";
import type { GroupState, StateFactory } from "./aggregate.js";

/**
 * `evaluate pivot(PivotColumn [, Aggregate] [, Column1, ...]) [: (schema)]`
 * (https://learn.microsoft.com/kusto/query/pivot-plugin). The rows are
 * grouped by the key columns, by default every input column except the
 * pivot column and the columns the aggregate reads. Each distinct value of
 * the pivot column, as text, names an output column. That column contains
 * the aggregate (by default `count()`) of the group's rows with the value.
 * Without an output schema the columns depend on the data: the keys, then
 * one column per pivot value in order of first appearance.
 *
 * NOTE: the page's examples list pivot columns in an order that is neither
 * sorted nor explained; the engine uses the order of first appearance.
 */
export function lowerPivot(
  node: SyntaxNode,
  args: SyntaxNode[],
  input: TabularPlan,
  context: LowerContext,
): PivotPlan {
  const rowContext = withRow(context, input.columns);
  const [pivotNode, ...rest] = args;
  const pivotColumn = columnArgument(pivotNode, node, context);
  const aggregateNode = rest[0] && isAggregateCall(rest[0]) ? rest[0] : undefined;
  const keyNodes = aggregateNode ? rest.slice(1) : rest;
  const aggregate = aggregateNode
    ? lowerAggregate(aggregateNode, rowContext, [
        { name: "value", type: typeOfNode(context, aggregateNode) },
      ])
    : countAggregate(offsetOf(context, node));
  const keys = keyNodes.length > 0
    ? keyNodes.map((key) => columnArgument(key, node, context))
    : defaultKeys(input.columns, pivotColumn, aggregateNode);

  if (!node.Schema) {
    if (context.callOffset !== undefined) {
      const message =
        "evaluate pivot without an output schema is not supported inside a function yet; declare the columns, as in evaluate pivot(Col) : (Key: string, a: long)";
      throw errorAt(context, node, message);
    }
    const insertAt = Number(node.FunctionCall.End);
    const columnsFor = (table: Table) => pivotColumns(table, pivotColumn, keys, aggregate);
    throw new SchemaNeeded(input, insertAt, columnsFor);
  }
  return {
    kind: "pivot",
    offset: offsetOf(context, node),
    columns: columnsOfNode(context, node),
    input,
    pivotColumn,
    keys,
    aggregate,
  };
}

function columnArgument(
  argument: SyntaxNode | undefined,
  node: SyntaxNode,
  context: LowerContext,
): string {
  if (!argument || kindOf(argument) !== "NameReference") {
    const message = "pivot needs column names for its pivot column and its key columns";
    throw errorAt(context, argument ?? node, message, "semantic");
  }
  return nameOf(argument);
}

function countAggregate(offset: number): AggregatePlan {
  const outputs: Column[] = [{ name: "value", type: "long" }];
  return { offset, name: "count", args: [], type: "long", outputs };
}

/** Lists the input columns except the pivot column and those the aggregate reads. */
function defaultKeys(
  columns: readonly Column[],
  pivotColumn: string,
  aggregateNode: SyntaxNode | undefined,
): string[] {
  const read = new Set<string>();
  walk(aggregateNode, (node) => {
    const symbol = node.ReferencedSymbol;
    if (kindOf(node) === "NameReference" && symbolClassOf(symbol) === "ColumnSymbol") {
      read.add(String(symbol.Name));
    }
  });
  return columns
    .map((column) => column.name)
    .filter((name) => name !== pivotColumn && !read.has(name));
}

/** Derives the output columns of `pivot` without a schema from its input rows. */
function pivotColumns(
  table: Table,
  pivotColumn: string,
  keys: readonly string[],
  aggregate: AggregatePlan,
): Column[] {
  const keyColumns = keys.map((key) => {
    const column = table.columns.find((candidate) => candidate.name === key);
    if (!column) throw new Error(`pivot key '${key}' is missing from its input`);
    return column;
  });
  const pivotIndex = table.columns.findIndex((column) => column.name === pivotColumn);
  const pivotType = table.columns[pivotIndex].type;
  const names: string[] = [];
  for (const row of table.rows) {
    const name = toKustoString(row[pivotIndex], pivotType);
    if (!names.includes(name)) names.push(name);
  }
  return [...keyColumns, ...names.map((name) => ({ name, type: aggregate.type }))];
}

interface PivotGroup {
  readonly keys: Value[];
  readonly states: Map<string, GroupState>;
}

export function compilePivot(plan: PivotPlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const columns = plan.input.columns;
  const indexOf = (name: string) => columns.findIndex((column) => column.name === name);
  const keyIndexes = plan.keys.map(indexOf);
  const keyTypes = keyIndexes.map((index) => columns[index].type);
  const pivotIndex = indexOf(plan.pivotColumn);
  const pivotType = columns[pivotIndex].type;
  const factory = compileAggregate(plan.aggregate, columns, compiler);
  const valueColumns = new Set(
    plan.columns.map((column) => column.name).filter((name) => !plan.keys.includes(name)),
  );
  const output = outputOf(plan, factory);

  return () => {
    const groups = new Map<string, PivotGroup>();
    for (const row of input().rows) {
      const keys = keyIndexes.map((index) => row[index]);
      const id = rowKey(keys, keyTypes);
      let group = groups.get(id);
      if (!group) {
        group = { keys, states: new Map() };
        groups.set(id, group);
      }
      const name = toKustoString(row[pivotIndex], pivotType);
      if (!valueColumns.has(name)) throw unknownValueError(name, plan.pivotColumn);
      let state = group.states.get(name);
      if (!state) {
        state = factory();
        group.states.set(name, state);
      }
      state.add(row);
    }
    return { columns: plan.columns, rows: [...groups.values()].map(output) };
  };
}

/** Returns the function that writes one group's output row. */
function outputOf(
  plan: PivotPlan,
  factory: StateFactory,
): (group: PivotGroup) => Value[] {
  const aggregateType = plan.aggregate.type;
  const empty = factory().result()[0];
  const cells = plan.columns.map((column) => ({
    key: plan.keys.indexOf(column.name),
    name: column.name,
    convert: (value: Value) =>
      column.type === aggregateType ? value : convertValue(value, aggregateType, column.type),
  }));
  return (group) =>
    cells.map(({ key, name, convert }) => {
      if (key >= 0) return group.keys[key];
      const state = group.states.get(name);
      return convert(state ? state.result()[0] : empty);
    });
}

function unknownValueError(name: string, pivotColumn: string): InputError {
  return new InputError(
    `pivot: the value '${name}' of column '${pivotColumn}' is not a column of the output schema`,
    {
      kind: "runtime",
      hint: "add the value to the output schema, or leave the schema out so that the data sets the columns",
    },
  );
}
