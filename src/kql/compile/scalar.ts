import { findScalar } from "../functions/registry.js";
import { compileIngestionTime } from "../operators/ingestion-time.js";
import type { CallSite, ScalarImpl } from "../functions/registry.js";
import { constantOf } from "../lower/statements.js";
import type {
  CallPlan,
  ColumnPlan,
  ConditionalPlan,
  LogicalPlan,
  ScalarPlan,
  TabularValuePlan,
  VariablePlan,
} from "../plan/types.js";
import { assertNever } from "../plan/types.js";
import type { Column, Value } from "../types.js";
import { guard, placed, placedError } from "./placement.js";
import type { Compiler, RowFunction, RowMemo } from "./types.js";
import { compileWindow } from "./window.js";

/**
 * Compiles a scalar expression over rows of `columns` into a closure.
 * Column names resolve to indexes here, once. With a `memo`, calls that
 * have a slot in it run once per row.
 */
export function compileScalar(
  plan: ScalarPlan,
  columns: readonly Column[],
  compiler: Compiler,
  memo?: RowMemo,
): RowFunction {
  switch (plan.kind) {
    case "literal": {
      const value = plan.value;
      return () => value;
    }
    case "column":
      return compileColumn(plan, columns, compiler);
    case "variable":
      return compileVariable(plan, compiler);
    case "call":
      return remember(plan, memo, compileCall(plan, columns, compiler, memo));
    case "and":
    case "or":
    case "not":
      return compileLogical(plan, columns, compiler, memo);
    case "conditional":
      return compileConditional(plan, columns, compiler, memo);
    case "toscalar":
    case "column-array":
      return compileTabularValue(plan, compiler);
    case "row_number":
    case "prev":
    case "next":
    case "row_cumsum":
    case "row_window_session":
      return compileWindow(plan, columns, compiler);
    case "ingestion_time":
      return compileIngestionTime(compileScalar(plan.fallback, columns, compiler));
    default:
      return assertNever(plan);
  }
}

/**
 * Resolves a column to its index. Kusto.Language has checked the name,
 * but where the engine's schema is narrower (`union kind=inner`) the
 * column can still be missing.
 */
function compileColumn(
  plan: ColumnPlan,
  columns: readonly Column[],
  compiler: Compiler,
): RowFunction {
  const index = columns.findIndex((column) => column.name === plan.name);
  if (index < 0) {
    const message = `unknown column '${plan.name}'`;
    const hint = "check the column name against the columns the operator receives";
    throw placedError(compiler, plan.offset, message, "semantic", hint);
  }
  return (row) => row[index];
}

/** Evaluates a `let` expression once per evaluation, unless it is a constant. */
function compileVariable(plan: VariablePlan, compiler: Compiler): RowFunction {
  if ("value" in plan) {
    const value = plan.value ?? null;
    return () => value;
  }
  const expression = compiler.scalar(plan.expression, []);
  return once(plan.id, compiler, () => expression([]));
}

function once(
  id: number,
  compiler: Compiler,
  compute: () => Value,
): RowFunction {
  const cache = compiler.runtime.cache;
  return () => {
    if (cache.has(id)) return cache.get(id) as Value;
    const value = compute();
    cache.set(id, value);
    return value;
  };
}

/** Wraps a call that has a memo slot so that it runs once per row. */
function remember(
  plan: ScalarPlan,
  memo: RowMemo | undefined,
  compute: RowFunction,
): RowFunction {
  const key = memo?.keyOf(plan);
  const slot = key === undefined ? undefined : memo?.slots.get(key);
  if (!memo || slot === undefined) return compute;

  const { values, stamps } = memo;
  return (row) => {
    if (stamps[slot] === memo.stamp) return values[slot];
    const value = compute(row);
    values[slot] = value;
    stamps[slot] = memo.stamp;
    return value;
  };
}

function compileCall(
  plan: CallPlan,
  columns: readonly Column[],
  compiler: Compiler,
  memo?: RowMemo,
): RowFunction {
  const fn = findScalar(plan.name);
  if (!fn) {
    const message = `the function '${plan.name}' is not supported yet`;
    throw placedError(compiler, plan.offset, message, "unsupported");
  }
  const site: CallSite = {
    name: plan.name,
    argTypes: plan.args.map((arg) => arg.type),
    resultType: plan.type,
    constants: plan.args.map((arg) => {
      const constant = constantOf(arg);
      return constant.known ? constant.value : undefined;
    }),
    now: () => compiler.runtime.now,
    locateIp: () => compiler.runtime.locateIp,
  };
  const impl = guard(compiler, plan.offset, () => fn.compile(site));
  const args = plan.args.map((arg) => compiler.scalar(arg, columns, memo));
  return callWith(impl, args, compiler, plan.offset);
}

/**
 * Calls an implementation, with fixed-arity closures for the usual cases.
 * The argument values go into one array per call site, refilled for each
 * row. This is safe because an implementation keeps no reference to the
 * array, and a call site never runs inside its own arguments.
 */
function callWith(
  impl: ScalarImpl,
  args: readonly RowFunction[],
  compiler: Compiler,
  offset: number,
): RowFunction {
  const values = new Array<Value>(args.length).fill(null);
  const run = (): Value => {
    try {
      return impl(values);
    } catch (error: unknown) {
      throw placed(compiler, offset, error);
    }
  };
  if (args.length === 0) return run;
  if (args.length === 1) {
    const [first] = args;
    return (row) => {
      values[0] = first(row);
      return run();
    };
  }
  if (args.length === 2) {
    const [first, second] = args;
    return (row) => {
      values[0] = first(row);
      values[1] = second(row);
      return run();
    };
  }
  return (row) => {
    for (let i = 0; i < args.length; i++) values[i] = args[i](row);
    return run();
  };
}

/**
 * Compiles `and`, `or` and `not` with null as "unknown": false decides an
 * `and` and true an `or` whatever the other side, so the right side runs
 * only when the left does not decide
 * (learn.microsoft.com/kusto/query/logical-operators).
 */
function compileLogical(
  plan: LogicalPlan,
  columns: readonly Column[],
  compiler: Compiler,
  memo?: RowMemo,
): RowFunction {
  const [left, right] = plan.args.map((arg) => compiler.scalar(arg, columns, memo));
  if (plan.kind === "not") {
    return (row) => {
      const value = left(row);
      return value === null ? null : !value;
    };
  }
  const decisive = plan.kind === "or";
  return (row) => {
    const a = left(row);
    if (a === decisive) return decisive;
    const b = right(row);
    if (b === decisive) return decisive;
    return a === null || b === null ? null : !decisive;
  };
}

/** Compiles `iff` and `case`, where a null condition counts as false. */
function compileConditional(
  plan: ConditionalPlan,
  columns: readonly Column[],
  compiler: Compiler,
  memo?: RowMemo,
): RowFunction {
  const branches = plan.branches.map((branch) => ({
    condition: compiler.scalar(branch.condition, columns, memo),
    value: compiler.scalar(branch.value, columns, memo),
  }));
  const otherwise = compiler.scalar(plan.otherwise, columns, memo);
  return (row) => {
    for (const branch of branches) {
      if (branch.condition(row) === true) return branch.value(row);
    }
    return otherwise(row);
  };
}

/**
 * Compiles `toscalar(T)`, the first column of the first row or null when
 * `T` is empty, and `column-array`, the first column as an array.
 */
function compileTabularValue(
  plan: TabularValuePlan,
  compiler: Compiler,
): RowFunction {
  const input = compiler.tabular(plan.input);
  if (plan.kind === "toscalar") {
    return once(plan.id, compiler, () => input().rows[0]?.[0] ?? null);
  }
  return once(plan.id, compiler, () => input().rows.map((row) => row[0]));
}

