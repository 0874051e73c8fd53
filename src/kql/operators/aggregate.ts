import { guard } from "../compile/placement.js";
import type { Compiler, RowFunction } from "../compile/types.js";
import { findAggregate } from "../functions/registry.js";
import type { Accumulator, CallSite } from "../functions/registry.js";
import { errorAt, offsetOf, typeOfNode } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { aggregateName, orderedArguments } from "../lower/function-call.js";
import { lowerScalar } from "../lower/scalar.js";
import { constantOf } from "../lower/statements.js";
import type { AggregatePlan } from "../plan/types.js";
import { kindOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { compareValues } from "../values/compare.js";

/**
 * Aggregates whose results are columns of one chosen row. The engine
 * implements them here, not in the registry, because they can return
 * several columns.
 */
const ROW_AGGREGATES = new Set(["arg_max", "arg_min", "take_any"]);

/** The names of the aggregates implemented here, `any` included. */
export const ROW_AGGREGATE_NAMES: ReadonlySet<string> = new Set([
  ...ROW_AGGREGATES,
  "any",
]);

/** One group's state for one aggregate. */
export interface GroupState {
  add(row: readonly Value[]): void;
  result(): Value[];
}

export type StateFactory = () => GroupState;

/** Tells whether a node calls an aggregation function. */
export function isAggregateCall(node: SyntaxNode): boolean {
  if (kindOf(node) !== "FunctionCallExpression") return false;
  const symbol = node.ReferencedSymbol;
  const name = String(symbol?.Name ?? "");
  return rowAggregateName(name) !== undefined || aggregateName(symbol) !== undefined;
}

/**
 * Lowers one aggregation call. Its output columns are the first of
 * `columns`: one, or as many as the call's tuple type has (`arg_max(T, *)`).
 * A `*` argument becomes the input column index of each output it adds.
 */
export function lowerAggregate(
  node: SyntaxNode,
  context: LowerContext,
  columns: readonly Column[],
): AggregatePlan {
  const symbolName = String(node.ReferencedSymbol?.Name ?? "");
  const name = rowAggregateName(symbolName) ?? aggregateName(node.ReferencedSymbol);
  if (!name) {
    const message = `the aggregation function '${symbolName}' is not supported yet`;
    throw errorAt(context, node, message);
  }
  const argNodes = orderedArguments(node, context);
  const star = argNodes.some((arg) => kindOf(arg) === "StarExpression");
  const args = argNodes
    .filter((arg) => kindOf(arg) !== "StarExpression")
    .map((arg) => lowerScalar(arg, context));
  const tuple = node.ResultType?.Columns;
  const width = tuple ? Number(tuple.Count) : 1;
  const outputs = columns.slice(0, width);
  const type = tuple ? (outputs[0]?.type ?? "dynamic") : typeOfNode(context, node);
  const offset = offsetOf(context, node);
  const plan: AggregatePlan = { offset, name, args, type, outputs };
  if (!star) return plan;

  const tupleNames: string[] = [];
  for (let i = 0; tuple && i < width; i++) {
    tupleNames.push(String(tuple.getItem(i).Name));
  }
  const names = context.row.map((column) => column.name);
  const rowColumns = tupleNames.slice(args.length).map((name) => names.indexOf(name));
  return { ...plan, rowColumns };
}

function rowAggregateName(name: string): string | undefined {
  if (name === "any") return "take_any";
  return ROW_AGGREGATES.has(name) ? name : undefined;
}

/**
 * One aggregate compiled for a loop over rows. `input` reads what a
 * group's state receives from a row, once per row whatever its group, so
 * the state keeps only what it accumulates.
 */
export interface CompiledAggregate {
  /**
   * Returns the argument values of `row`, in one array the aggregate
   * reuses for every row, or for `arg_max`, `arg_min` and `take_any` the
   * row itself.
   */
  readonly input: (row: readonly Value[]) => readonly Value[];
  /** Creates the state of one group. */
  readonly create: () => Accumulator;
  /** Returns the output columns of a group's state. */
  readonly results: (state: Accumulator) => Value[];
}

/** Compiles one aggregate into a factory of per-group states. */
export function compileAggregate(
  plan: AggregatePlan,
  columns: readonly Column[],
  compiler: Compiler,
): StateFactory {
  const { input, create, results } = compileAggregateInput(
    plan,
    columns,
    compiler,
  );
  return () => {
    const state = create();
    return {
      add: (row) => state.add(input(row)),
      result: () => results(state),
    };
  };
}

/** Compiles one aggregate for a loop that reads its input once per row. */
export function compileAggregateInput(
  plan: AggregatePlan,
  columns: readonly Column[],
  compiler: Compiler,
): CompiledAggregate {
  const args = plan.args.map((arg) => compiler.scalar(arg, columns));
  if (ROW_AGGREGATES.has(plan.name)) return compileRowAggregate(plan, args);

  const fn = findAggregate(plan.name);
  if (!fn) throw new Error(`aggregate '${plan.name}' is missing from the registry`);
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
  const create = guard(compiler, plan.offset, () => fn.compile(site));
  return {
    input: argumentReader(args),
    create,
    results: (state) => [state.result()],
  };
}

/**
 * Returns a reader of argument values into one array shared by every
 * group, because accumulators read the array during `add` and keep no
 * reference to it.
 */
function argumentReader(
  args: readonly RowFunction[],
): (row: readonly Value[]) => readonly Value[] {
  const values = new Array<Value>(args.length);
  if (args.length === 1) {
    const [first] = args;
    return (row) => {
      values[0] = first(row);
      return values;
    };
  }
  return (row) => {
    for (let i = 0; i < args.length; i++) values[i] = args[i](row);
    return values;
  };
}

/**
 * `arg_max(Expr, Columns...)`, `arg_min(...)` and `take_any(...)` keep one
 * row and return columns of it. `arg_max` and `arg_min` skip rows whose
 * `Expr` is null and keep the first row among ties. When `Expr` is null on
 * every row, they return the group's first row, as the null-handling
 * example of learn.microsoft.com/kusto/query/arg-max-aggregation-function
 * shows. `take_any` keeps the first row, except that `take_any(Column)`
 * prefers a row where the column is neither null nor empty, as
 * learn.microsoft.com/kusto/query/take-any-aggregation-function states.
 */
function compileRowAggregate(
  plan: AggregatePlan,
  args: readonly RowFunction[],
): CompiledAggregate {
  const rowColumns = plan.rowColumns ?? [];
  const singleColumn =
    plan.name === "take_any" &&
    plan.args.length === 1 &&
    plan.args[0].kind === "column" &&
    rowColumns.length === 0;
  const better = singleColumn
    ? pickFilled
    : rowPicker(plan.name, plan.args[0]?.type ?? "dynamic");
  const empty = plan.outputs.map((output) => (output.type === "string" ? "" : null));
  const measure = plan.name === "take_any" && !singleColumn ? () => null : args[0];
  const results = (state: Accumulator): Value[] => {
    const row = (state as RowState).row();
    if (!row) return [...empty];
    const picked = rowColumns.map((index) => row[index] ?? null);
    return [...args.map((arg) => arg(row)), ...picked];
  };
  return {
    input: (row) => row,
    create: () => new RowState(better, measure),
    results,
  };
}

/** The row a row aggregate keeps in one group. Its `add` receives rows. */
class RowState implements Accumulator {
  private chosen: readonly Value[] | undefined;
  private first: readonly Value[] | undefined;
  private best: Value = null;

  constructor(
    private readonly better: Picker,
    private readonly measure: RowFunction,
  ) {}

  add(row: readonly Value[]): void {
    this.first ??= row;
    const value = this.measure(row);
    if (!this.better(this.chosen !== undefined, value, this.best)) return;
    this.chosen = row;
    this.best = value;
  }

  /** Returns the chosen row, or the first when none was chosen. */
  row(): readonly Value[] | undefined {
    return this.chosen ?? this.first;
  }

  result(): Value {
    throw new Error("a row aggregate gives its columns through results()");
  }
}

type Picker = (hasRow: boolean, value: Value, best: Value) => boolean;

/** Keeps the first row, then the first whose value is neither null nor empty. */
const pickFilled: Picker = (hasRow, value, best) =>
  !hasRow || (isBlank(best) && !isBlank(value));

function isBlank(value: Value): boolean {
  return value === null || value === "";
}

function rowPicker(name: string, type: KustoType): Picker {
  if (name === "take_any") return (hasRow) => !hasRow;
  const sign = name === "arg_max" ? 1 : -1;
  return (hasRow, value, best) => {
    if (value === null) return false;
    if (!hasRow || best === null) return true;
    return sign * compareValues(value, best, type) > 0;
  };
}
