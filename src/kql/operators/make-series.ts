import { InputError } from "../../errors.js";
import { placed } from "../compile/placement.js";
import type { Compiler, RowFunction, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerNamedExpressions } from "../lower/named.js";
import { lowerScalar } from "../lower/scalar.js";
import type {
  MakeSeriesPlan,
  ScalarPlan,
  TabularPlan,
} from "../plan/types.js";
import { elementsOf, kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { KustoType, Value } from "../types.js";
import { formatDatetime, formatTimespan } from "../types.js";
import { rowKey } from "../values/compare.js";
import { TICKS_0001_TO_EPOCH } from "../values/convert.js";
import { compileAggregate, lowerAggregate } from "./aggregate.js";
import type { GroupState } from "./aggregate.js";

/** The maximum length of a series: 2^20 values, as the make-series page states. */
const MAX_SERIES_LENGTH = 1_048_576;

/**
 * `make-series Col = Aggregate [default = D], ... on Axis [from S] [to E]
 * step P [by Keys]`, or `on Axis in range(S, E, P)`
 * (learn.microsoft.com/kusto/query/make-series-operator). Each group gets
 * one dynamic array per aggregate, with a value per bin from S up to E
 * (exclusive) and D (default 0) where a bin has no rows, and the array of
 * bin starts named after the axis. Without `from` and `to`, each series
 * spans the bins where it has data.
 */
export function lowerMakeSeries(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): MakeSeriesPlan {
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name);
    const message = `the make-series parameter '${name}' is not supported yet`;
    throw errorAt(context, parameter, message);
  }
  const columns = columnsOfNode(context, node);
  const rowContext = withRow(context, input.columns);
  const byList = node.ByClause?.Expressions;
  const keyCount = byList ? elementsOf(byList).length : 0;
  const keyColumns = columns.slice(0, keyCount);
  const keys = byList
    ? lowerNamedExpressions(byList, rowContext, keyColumns, false)
    : [];

  const aggregates = elementsOf(node.Aggregates).map((item, i) => {
    const output = columns[keyCount + i];
    return lowerSeriesAggregate(item, output, rowContext);
  });
  const axis = lowerScalar(node.OnClause.Expression, rowContext);
  const range = rangeOf(node.RangeClause, withRow(context, []));
  return {
    kind: "make-series",
    offset: offsetOf(context, node),
    columns,
    input,
    keys,
    aggregates,
    axis,
    ...range,
  };
}

function lowerSeriesAggregate(
  item: SyntaxNode,
  output: { name: string; type: KustoType },
  context: LowerContext,
): MakeSeriesPlan["aggregates"][number] {
  const named = kindOf(item.Expression) === "SimpleNamedExpression";
  const call = named ? item.Expression.Expression : item.Expression;
  if (kindOf(call) !== "FunctionCallExpression") {
    const message = "make-series needs an aggregation function call here";
    throw errorAt(context, call, message, "semantic");
  }
  const aggregate = lowerAggregate(call, context, [output]);
  const zero: ScalarPlan = {
    kind: "literal",
    offset: offsetOf(context, item),
    type: "long",
    value: 0,
  };
  const fallback = item.DefaultExpression
    ? lowerScalar(item.DefaultExpression.Expression, withRow(context, []))
    : zero;
  return { aggregate, fallback };
}

type Range = Pick<MakeSeriesPlan, "from" | "to" | "step">;

function rangeOf(clause: SyntaxNode, context: LowerContext): Range {
  if (kindOf(clause) === "MakeSeriesInRangeClause") {
    const args = elementsOf(clause.Arguments.Expressions);
    const [from, to, step] = args.map((arg) => lowerScalar(arg, context));
    return { from, to, step };
  }
  const bound = (part: SyntaxNode) =>
    part ? lowerScalar(part.Expression, context) : undefined;
  if (!clause.MakeSeriesStepClause) {
    throw errorAt(context, clause, "make-series needs a step", "semantic");
  }
  return {
    from: bound(clause.MakeSeriesFromClause),
    to: bound(clause.MakeSeriesToClause),
    step: lowerScalar(clause.MakeSeriesStepClause.Expression, context),
  };
}

interface Series {
  readonly keys: Value[];
  readonly bins: Map<number, GroupState[]>;
}

interface Bounds {
  /** The start of bin 0. */
  readonly origin: number;
  /** True when `from` is given, so that every series starts at bin 0. */
  readonly fromStart: boolean;
  readonly end: Value;
  readonly size: number;
}

export function compileMakeSeries(
  plan: MakeSeriesPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const columns = plan.input.columns;
  const keys = plan.keys.map((key) => compiler.scalar(key.expression, columns));
  const keyTypes = plan.keys.map((key) => key.expression.type);
  const axis = compiler.scalar(plan.axis, columns);
  const factories = plan.aggregates.map(({ aggregate }) =>
    compileAggregate(aggregate, columns, compiler),
  );
  const fallbacks = plan.aggregates.map(({ fallback }) =>
    compiler.scalar(fallback, []),
  );
  const bounds = compileBounds(plan, compiler);
  return () => {
    const range = bounds();
    const series = new Map<string, Series>();
    for (const row of input().rows) {
      const position = axis(row);
      if (position === null) continue;

      const keyValues = keys.map((key) => key(row));
      const id = rowKey(keyValues, keyTypes);
      let group = series.get(id);
      if (!group) {
        group = { keys: keyValues, bins: new Map() };
        series.set(id, group);
      }
      const bin = Math.floor((Number(position) - range.origin) / range.size);
      let states = group.bins.get(bin);
      if (!states) {
        states = factories.map((create) => create());
        group.bins.set(bin, states);
      }
      for (const state of states) state.add(row);
    }
    const defaults = fallbacks.map((fallback) => fallback([]));
    const rows = [...series.values()].map((group) => {
      const values = seriesValues(group, range, defaults, plan.axis.type);
      if (!values) throw tooLong(compiler, plan.offset);
      return [...group.keys, ...values];
    });
    return { columns: plan.columns, rows };
  };
}

function compileBounds(plan: MakeSeriesPlan, compiler: Compiler): () => Bounds {
  const compile = (part: ScalarPlan | undefined): RowFunction | undefined =>
    part ? compiler.scalar(part, []) : undefined;
  const [from, to, step] = [plan.from, plan.to, plan.step].map(compile);
  return () => {
    const size = Number(step?.([]));
    if (!(size > 0)) {
      const error = new InputError("the make-series step must be positive", {
        kind: "runtime",
      });
      throw placed(compiler, plan.offset, error);
    }
    const start = from ? from([]) : null;
    const origin =
      start === null ? defaultOrigin(plan.axis.type, size) : Number(start);
    return { origin, fromStart: start !== null, end: to ? to([]) : null, size };
  };
}

/**
 * Returns a bin boundary near zero for a series without `from`: bins are
 * aligned as `bin()` aligns them, from 0001-01-01 for datetimes. The
 * remainder is taken in bigints because the ticks since year 1 exceed 2^53.
 */
function defaultOrigin(type: KustoType, size: number): number {
  if (type !== "datetime" || !Number.isSafeInteger(size)) return 0;
  return -Number(BigInt(TICKS_0001_TO_EPOCH) % BigInt(size));
}

/** Builds one series' arrays, or returns `undefined` when it is too long. */
function seriesValues(
  group: Series,
  { origin, fromStart, end, size }: Bounds,
  defaults: readonly Value[],
  axisType: KustoType,
): Value[][] | undefined {
  const present = [...group.bins.keys()];
  const first = fromStart ? 0 : Math.min(...present);
  const last =
    end === null
      ? Math.max(...present) + 1
      : Math.ceil((Number(end) - origin) / size);
  const length = Math.max(0, last - first);
  if (length > MAX_SERIES_LENGTH) return undefined;

  const arrays = defaults.map(() => new Array<Value>(length));
  const axis = new Array<Value>(length);
  for (let i = 0; i < length; i++) {
    const states = group.bins.get(first + i);
    defaults.forEach((fallback, a) => {
      arrays[a][i] = states ? states[a].result()[0] : fallback;
    });
    axis[i] = axisValue(origin + (first + i) * size, axisType);
  }
  return [...arrays, axis];
}

function tooLong(compiler: Compiler, offset: number): unknown {
  const message = `make-series would build more than ${MAX_SERIES_LENGTH} values per series`;
  return placed(compiler, offset, new InputError(message, { kind: "runtime" }));
}

/** Writes an axis value as Kusto's JSON does, datetimes as text. */
function axisValue(value: number, type: KustoType): Value {
  if (type === "datetime") return formatDatetime(value);
  if (type === "timespan") return formatTimespan(value);
  return value;
}
