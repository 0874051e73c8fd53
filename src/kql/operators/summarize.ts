import { findAggregate } from "../functions/registry.js";
import type { CallSite } from "../functions/registry.js";
import { guard } from "../compile/scalar.js";
import type { Compiler, RowFunction, TableFunction } from "../compile/types.js";
import { constantOf } from "../lower/statements.js";
import { columnsOfNode, errorAt, offsetOf, typeOfNode, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { aggregateName } from "../lower/function-call.js";
import { lowerNamedExpressions, writtenExpressions } from "../lower/named.js";
import { lowerScalar } from "../lower/scalar.js";
import type { AggregatePlan, NamedExpression, ScalarPlan, SummarizePlan, TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { compareValues, rowKey } from "../values/compare.js";

/**
 * Aggregates whose results are columns of one chosen row; the engine
 * implements them here because they can return several columns.
 */
const ROW_AGGREGATES = new Set(["arg_max", "arg_min", "take_any"]);

/** The names of the aggregates implemented here, `any` included. */
export const ROW_AGGREGATE_NAMES: ReadonlySet<string> = new Set([...ROW_AGGREGATES, "any"]);

/**
 * `summarize Aggregates by Keys`: one row per distinct key; with no `by`,
 * one row even over no input rows
 * (learn.microsoft.com/kusto/query/summarize-operator). An aggregate inside
 * an expression (`Rate = sum(x) / count()`) is computed into a hidden
 * column, and a `project` after the summarize computes the expression.
 */
export function lowerSummarize(node: SyntaxNode, input: TabularPlan, context: LowerContext): TabularPlan {
  const columns = columnsOfNode(context, node);
  const rowContext = withRow(context, input.columns);
  const byList = node.ByClause?.Expressions;
  if (node.ByClause?.BinClause) {
    throw errorAt(context, node.ByClause, "the 'bin =' clause of summarize is not supported yet");
  }
  const keyCount = byList ? elementsOf(byList).length : 0;
  const keys = byList ? lowerNamedExpressions(byList, rowContext, columns.slice(0, keyCount), false) : [];

  const aggregates: AggregatePlan[] = [];
  const finals: NamedExpression[] = [];
  let position = keyCount;
  for (const { expression } of writtenExpressions(node.Aggregates, context)) {
    if (isAggregateCall(expression)) {
      const aggregate = lowerAggregate(expression, rowContext, columns.slice(position));
      aggregates.push(aggregate);
      for (const output of aggregate.outputs) finals.push({ name: output.name, expression: columnRef(output, aggregate.offset) });
    } else {
      const hook = (call: SyntaxNode) => nestedAggregate(call, rowContext, aggregates);
      const lowered = lowerScalar(expression, { ...rowContext, aggregate: hook });
      finals.push({ name: columns[position].name, expression: lowered });
    }
    position = keyCount + finals.length;
  }
  const offset = offsetOf(context, node);
  const hidden = finals.some((final) => final.expression.kind !== "column");
  const summarizeColumns = hidden
    ? [...columns.slice(0, keyCount), ...aggregates.flatMap((aggregate) => aggregate.outputs)]
    : columns;
  const summarize: SummarizePlan = { kind: "summarize", offset, columns: summarizeColumns, input, keys, aggregates };
  if (!hidden) return summarize;

  const items = [...columns.slice(0, keyCount).map((column) => ({ name: column.name, expression: columnRef(column, offset) })), ...finals];
  return { kind: "project", operator: "summarize", offset, columns, input: summarize, items };
}

function columnRef(column: Column, offset: number): ScalarPlan {
  return { kind: "column", offset, type: column.type, name: column.name };
}

function isAggregateCall(node: SyntaxNode): boolean {
  if (kindOf(node) !== "FunctionCallExpression") return false;
  const symbol = node.ReferencedSymbol;
  return rowAggregateName(String(symbol?.Name ?? "")) !== undefined || aggregateName(symbol) !== undefined;
}

function nestedAggregate(node: SyntaxNode, context: LowerContext, aggregates: AggregatePlan[]): ScalarPlan | undefined {
  if (!isAggregateCall(node)) return undefined;
  const hiddenName = `__aggregate${aggregates.length}`;
  const type = typeOfNode(context, node);
  const aggregate = lowerAggregate(node, context, [{ name: hiddenName, type }]);
  if (aggregate.outputs.length !== 1) {
    throw errorAt(context, node, "an aggregation function returning several columns cannot be part of an expression", "semantic");
  }
  aggregates.push(aggregate);
  return columnRef(aggregate.outputs[0], aggregate.offset);
}

function lowerAggregate(node: SyntaxNode, context: LowerContext, columns: readonly Column[]): AggregatePlan {
  const symbolName = String(node.ReferencedSymbol?.Name ?? "");
  const name = rowAggregateName(symbolName) ?? aggregateName(node.ReferencedSymbol);
  if (!name) throw errorAt(context, node, `the aggregation function '${symbolName}' is not supported yet`);

  const argNodes = elementsOf(node.ArgumentList.Expressions);
  const star = argNodes.some((arg) => kindOf(arg) === "StarExpression");
  const args = argNodes.filter((arg) => kindOf(arg) !== "StarExpression").map((arg) => lowerScalar(arg, context));
  const tuple = node.ResultType?.Columns;
  const width = tuple ? Number(tuple.Count) : 1;
  const outputs = columns.slice(0, width);
  const type = tuple ? outputs[0]?.type ?? "dynamic" : typeOfNode(context, node);
  const plan: AggregatePlan = { offset: offsetOf(context, node), name, args, type, outputs };
  if (!star) return plan;

  const tupleNames: string[] = [];
  for (let i = 0; tuple && i < width; i++) tupleNames.push(String(tuple.getItem(i).Name));
  const starNames = tupleNames.slice(args.length);
  const rowColumns = starNames.map((columnName) => context.row.findIndex((column) => column.name === columnName));
  return { ...plan, rowColumns };
}

function rowAggregateName(name: string): string | undefined {
  if (name === "any") return "take_any";
  return ROW_AGGREGATES.has(name) ? name : undefined;
}

/** One group's state for one aggregate. */
interface GroupState {
  add(row: readonly Value[]): void;
  result(): Value[];
}

type StateFactory = () => GroupState;

export function compileSummarize(plan: SummarizePlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const keys = plan.keys.map((key) => compiler.scalar(key.expression, plan.input.columns));
  const keyTypes = plan.keys.map((key) => key.expression.type);
  const factories = plan.aggregates.map((aggregate) => compileAggregate(aggregate, plan.input.columns, compiler));
  return () => {
    const groups = new Map<string, { keys: Value[]; states: GroupState[] }>();
    for (const row of input().rows) {
      const keyValues = keys.map((key) => key(row));
      const id = rowKey(keyValues, keyTypes);
      let group = groups.get(id);
      if (!group) {
        group = { keys: keyValues, states: factories.map((create) => create()) };
        groups.set(id, group);
      }
      for (const state of group.states) state.add(row);
    }
    if (groups.size === 0 && keys.length === 0) {
      groups.set("", { keys: [], states: factories.map((create) => create()) });
    }
    const rows = [...groups.values()].map((group) => [
      ...group.keys,
      ...group.states.flatMap((state) => state.result()),
    ]);
    return { columns: plan.columns, rows };
  };
}

function compileAggregate(plan: AggregatePlan, columns: readonly Column[], compiler: Compiler): StateFactory {
  const args = plan.args.map((arg) => compiler.scalar(arg, columns));
  if (ROW_AGGREGATES.has(plan.name)) return compileRowAggregate(plan, args);

  const fn = findAggregate(plan.name);
  if (!fn) throw new Error(`aggregate '${plan.name}' vanished from the registry`);
  const site: CallSite = {
    name: plan.name,
    argTypes: plan.args.map((arg) => arg.type),
    resultType: plan.type,
    constants: plan.args.map((arg) => {
      const constant = constantOf(arg);
      return constant.known ? constant.value : undefined;
    }),
    now: () => compiler.runtime.now,
  };
  const factory = guard(compiler, plan.offset, () => fn.compile(site));
  return () => {
    const accumulator = factory();
    return {
      add: (row) => accumulator.add(args.map((arg) => arg(row))),
      result: () => [accumulator.result()],
    };
  };
}

/**
 * `arg_max(Expr, Columns...)`, `arg_min(...)` and `take_any(...)`: keep
 * one row and return columns of it. `arg_max`/`arg_min` skip rows whose
 * `Expr` is null and keep the first row among ties.
 */
function compileRowAggregate(plan: AggregatePlan, args: readonly RowFunction[]): StateFactory {
  const pick = rowPicker(plan.name, plan.args[0]?.type ?? "dynamic");
  const rowColumns = plan.rowColumns ?? [];
  return () => {
    let chosen: readonly Value[] | undefined;
    let best: Value = null;
    return {
      add: (row) => {
        const value = plan.name === "take_any" ? null : args[0](row);
        if (!pick(chosen !== undefined, value, best)) return;
        chosen = row;
        best = value;
      },
      result: () => {
        if (!chosen) return plan.outputs.map((output) => (output.type === "string" ? "" : null));
        const row = chosen;
        return [...args.map((arg) => arg(row)), ...rowColumns.map((index) => row[index] ?? null)];
      },
    };
  };
}

function rowPicker(name: string, type: KustoType): (has: boolean, value: Value, best: Value) => boolean {
  if (name === "take_any") return (has) => !has;
  const sign = name === "arg_max" ? 1 : -1;
  return (has, value, best) => {
    if (value === null) return false;
    if (!has || best === null) return true;
    return sign * compareValues(value, best, type) > 0;
  };
}
