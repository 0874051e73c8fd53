import type { Compiler, TableFunction } from "../compile/types.js";
import {
  columnsOfNode,
  errorAt,
  offsetOf,
  typeOfNode,
  withRow,
} from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerNamedExpressions, writtenExpressions } from "../lower/named.js";
import { lowerScalar } from "../lower/scalar.js";
import type {
  AggregatePlan,
  NamedExpression,
  ScalarPlan,
  SummarizePlan,
  TabularPlan,
} from "../plan/types.js";
import { elementsOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { groupKey, rowKey, type GroupKey } from "../values/compare.js";
import {
  compileAggregate,
  isAggregateCall,
  lowerAggregate,
} from "./aggregate.js";
import type { GroupState } from "./aggregate.js";

/**
 * `summarize Aggregates by Keys`: one row per distinct key, and with no
 * `by`, one row even over no input rows
 * (learn.microsoft.com/kusto/query/summarize-operator). An aggregate inside
 * an expression (`Rate = sum(x) / count()`) goes to a hidden column, and a
 * `project` after the summarize computes the expression.
 */
export function lowerSummarize(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): TabularPlan {
  const columns = columnsOfNode(context, node);
  const rowContext = withRow(context, input.columns);
  if (node.ByClause?.BinClause) {
    const message = "the 'bin =' clause of summarize is not supported yet";
    throw errorAt(context, node.ByClause, message);
  }
  const byList = node.ByClause?.Expressions;
  const keyCount = byList ? elementsOf(byList).length : 0;
  const keyColumns = columns.slice(0, keyCount);
  const keys = byList
    ? lowerNamedExpressions(byList, rowContext, keyColumns, false)
    : [];

  const aggregates: AggregatePlan[] = [];
  const finals: NamedExpression[] = [];
  for (const { expression } of writtenExpressions(node.Aggregates, context)) {
    const position = keyCount + finals.length;
    if (isAggregateCall(expression)) {
      const outputs = columns.slice(position);
      const aggregate = lowerAggregate(expression, rowContext, outputs);
      aggregates.push(aggregate);
      for (const output of aggregate.outputs) {
        const reference = columnRef(output, aggregate.offset);
        finals.push({ name: output.name, expression: reference });
      }
    } else {
      const hook = (call: SyntaxNode) =>
        nestedAggregate(call, rowContext, aggregates);
      const lowered = lowerScalar(expression, { ...rowContext, aggregate: hook });
      finals.push({ name: columns[position].name, expression: lowered });
    }
  }
  const offset = offsetOf(context, node);
  const hidden = finals.some((final) => final.expression.kind !== "column");
  const outputs = aggregates.flatMap((aggregate) => aggregate.outputs);
  const summarize: SummarizePlan = {
    kind: "summarize",
    offset,
    columns: hidden ? [...keyColumns, ...outputs] : columns,
    input,
    keys,
    aggregates,
  };
  if (!hidden) return summarize;

  const keyItems = keyColumns.map((column) => ({
    name: column.name,
    expression: columnRef(column, offset),
  }));
  const items = [...keyItems, ...finals];
  return {
    kind: "project",
    operator: "summarize",
    offset,
    columns,
    input: summarize,
    items,
  };
}

function columnRef(column: Column, offset: number): ScalarPlan {
  return { kind: "column", offset, type: column.type, name: column.name };
}

/** Lowers an aggregate nested in an expression to a hidden output column. */
function nestedAggregate(
  node: SyntaxNode,
  context: LowerContext,
  aggregates: AggregatePlan[],
): ScalarPlan | undefined {
  if (!isAggregateCall(node)) return undefined;
  const name = `__aggregate${aggregates.length}`;
  const hidden = { name, type: typeOfNode(context, node) };
  const aggregate = lowerAggregate(node, context, [hidden]);
  if (aggregate.outputs.length !== 1) {
    const message = "an aggregation function returning several columns cannot be part of an expression";
    throw errorAt(context, node, message, "semantic");
  }
  aggregates.push(aggregate);
  return columnRef(aggregate.outputs[0], aggregate.offset);
}

export function compileSummarize(
  plan: SummarizePlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.rows(plan.input);
  const columns = plan.input.columns;
  const keys = plan.keys.map((key) => compiler.scalar(key.expression, columns));
  const keyTypes = plan.keys.map((key) => key.expression.type);
  const factories = plan.aggregates.map((aggregate) =>
    compileAggregate(aggregate, columns, compiler),
  );
  const newStates = () => factories.map((create) => create());
  return () => {
    const groups = new GroupIndex(keyTypes, newStates);
    const keyValues = new Array<Value>(keys.length);
    input((row) => {
      for (let i = 0; i < keys.length; i++) keyValues[i] = keys[i](row);
      const states = groups.statesOf(keyValues);
      for (let i = 0; i < states.length; i++) states[i].add(row);
    });
    if (groups.size === 0 && keys.length === 0) groups.statesOf([]);
    return { columns: plan.columns, rows: groups.rows() };
  };
}

interface Group {
  readonly keys: Value[];
  readonly states: GroupState[];
}

/**
 * Groups rows by their keys: one key's {@link groupKey} indexes a `Map`
 * directly, and several keys are joined into one string by `rowKey`.
 * Groups keep the order in which their first row came.
 */
class GroupIndex {
  private readonly index = new Map<GroupKey, Group>();
  private readonly groups: Group[] = [];

  constructor(
    private readonly types: readonly KustoType[],
    private readonly newStates: () => GroupState[],
  ) {}

  get size(): number {
    return this.groups.length;
  }

  /** Returns the states of the group of `keys`, creating it on first use. */
  statesOf(keys: readonly Value[]): GroupState[] {
    const types = this.types;
    const id =
      keys.length === 1 ? groupKey(keys[0], types[0]) : rowKey(keys, types);
    let group = this.index.get(id);
    if (!group) {
      group = { keys: keys.slice(), states: this.newStates() };
      this.index.set(id, group);
      this.groups.push(group);
    }
    return group.states;
  }

  /** Returns one output row per group: its keys, then each state's results. */
  rows(): Value[][] {
    return this.groups.map((group) => {
      const row = group.keys.slice();
      for (const state of group.states) row.push(...state.result());
      return row;
    });
  }
}
