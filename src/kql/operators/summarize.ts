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
import type { Column, Value } from "../types.js";
import { GroupIndex } from "../values/group-index.js";
import type { Accumulator } from "../functions/registry.js";
import {
  compileAggregateInput,
  isAggregateCall,
  lowerAggregate,
} from "./aggregate.js";
import type { CompiledAggregate } from "./aggregate.js";

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
  const aggregates = plan.aggregates.map((aggregate) =>
    compileAggregateInput(aggregate, columns, compiler),
  );
  const inputs = aggregates.map((aggregate) => aggregate.input);
  const newStates = () => aggregates.map((aggregate) => aggregate.create());
  return () => {
    const groups = new GroupIndex(keyTypes, newStates);
    const keyValues = new Array<Value>(keys.length);
    input((row) => {
      for (let i = 0; i < keys.length; i++) keyValues[i] = keys[i](row);
      const states = groups.entryOf(keyValues);
      for (let i = 0; i < states.length; i++) states[i].add(inputs[i](row));
    });
    if (groups.size === 0 && keys.length === 0) groups.entryOf([]);
    return { columns: plan.columns, rows: outputRows(groups, aggregates) };
  };
}

/** Returns one row per group: its keys, then each aggregate's results. */
function outputRows(
  groups: GroupIndex<Accumulator[]>,
  aggregates: readonly CompiledAggregate[],
): Value[][] {
  return groups.entries().map(({ keys, entry }) => {
    const row = keys.slice();
    for (let i = 0; i < entry.length; i++) {
      row.push(...aggregates[i].results(entry[i]));
    }
    return row;
  });
}
