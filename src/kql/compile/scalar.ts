import { InputError } from "../../errors.js";
import { findScalar } from "../functions/registry.js";
import type { CallSite, ScalarImpl } from "../functions/registry.js";
import { constantOf } from "../lower/statements.js";
import type {
  CallPlan,
  ColumnPlan,
  ConditionalPlan,
  LogicalPlan,
  RowWindowPlan,
  ScalarPlan,
  TabularValuePlan,
  VariablePlan,
} from "../plan/types.js";
import { assertNever } from "../plan/types.js";
import { positionAt } from "../query-errors.js";
import type { Column, Value } from "../types.js";
import type { Compiler, RowFunction } from "./types.js";

/**
 * Compiles a scalar expression over rows of `columns` into a closure.
 * Column names resolve to indexes here, once.
 */
export function compileScalar(
  plan: ScalarPlan,
  columns: readonly Column[],
  compiler: Compiler,
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
      return compileCall(plan, columns, compiler);
    case "and":
    case "or":
    case "not":
      return compileLogical(plan, columns, compiler);
    case "conditional":
      return compileConditional(plan, columns, compiler);
    case "toscalar":
    case "column-array":
      return compileTabularValue(plan, compiler);
    case "row_number":
    case "prev":
    case "next":
      return compileWindow(plan, columns, compiler);
    default:
      return assertNever(plan);
  }
}

/**
 * Resolves a column to its index. Kusto.Language has checked the name, but
 * where the engine's schema is narrower (`union kind=inner`) it can still
 * be missing.
 */
function compileColumn(plan: ColumnPlan, columns: readonly Column[], compiler: Compiler): RowFunction {
  const index = columns.findIndex((column) => column.name === plan.name);
  if (index < 0) {
    const error = new InputError(`unknown column '${plan.name}'`, { kind: "semantic", hint: "check the column name against the columns the operator receives" });
    throw placed(compiler, plan.offset, error);
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

function once(id: number, compiler: Compiler, compute: () => Value): RowFunction {
  const cache = compiler.runtime.cache;
  return () => {
    if (cache.has(id)) return cache.get(id) as Value;
    const value = compute();
    cache.set(id, value);
    return value;
  };
}

function compileCall(plan: CallPlan, columns: readonly Column[], compiler: Compiler): RowFunction {
  const fn = findScalar(plan.name);
  if (!fn) throw placed(compiler, plan.offset, new InputError(`the function '${plan.name}' is not supported yet`, { kind: "unsupported" }));

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
  const impl = guard(compiler, plan.offset, () => fn.compile(site));
  const args = plan.args.map((arg) => compiler.scalar(arg, columns));
  return callWith(impl, args, compiler, plan.offset);
}

function callWith(
  impl: ScalarImpl,
  args: readonly RowFunction[],
  compiler: Compiler,
  offset: number,
): RowFunction {
  const run = (values: Value[]): Value => {
    try {
      return impl(values);
    } catch (error: unknown) {
      throw placed(compiler, offset, error);
    }
  };
  if (args.length === 0) return () => run([]);
  if (args.length === 1) {
    const [first] = args;
    return (row) => run([first(row)]);
  }
  if (args.length === 2) {
    const [first, second] = args;
    return (row) => run([first(row), second(row)]);
  }
  return (row) => run(args.map((arg) => arg(row)));
}

/** Runs `compute`, placing an unplaced `InputError` it throws at `offset`. */
export function guard<T>(compiler: Compiler, offset: number, compute: () => T): T {
  try {
    return compute();
  } catch (error: unknown) {
    throw placed(compiler, offset, error);
  }
}

/** Places an `InputError` without a line at `offset` of the query; other errors pass. */
export function placed(compiler: Compiler, offset: number, error: unknown): unknown {
  if (!(error instanceof InputError) || error.line !== undefined) return error;
  const position = positionAt(compiler.text, offset);
  return new InputError(error.message, {
    line: position.line,
    column: position.column,
    sourceLine: position.sourceLine,
    hint: error.hint,
    kind: error.kind,
  });
}

/** `and` and `or` evaluate their right side only when the left does not decide. */
function compileLogical(plan: LogicalPlan, columns: readonly Column[], compiler: Compiler): RowFunction {
  const [left, right] = plan.args.map((arg) => compiler.scalar(arg, columns));
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

/** `iff` and `case`: a null condition counts as false. */
function compileConditional(
  plan: ConditionalPlan,
  columns: readonly Column[],
  compiler: Compiler,
): RowFunction {
  const branches = plan.branches.map((branch) => ({
    condition: compiler.scalar(branch.condition, columns),
    value: compiler.scalar(branch.value, columns),
  }));
  const otherwise = compiler.scalar(plan.otherwise, columns);
  return (row) => {
    for (const branch of branches) {
      if (branch.condition(row) === true) return branch.value(row);
    }
    return otherwise(row);
  };
}

/**
 * `toscalar(T)`: the first column of the first row, or null when `T` is
 * empty. `column-array`: the first column as an array.
 */
function compileTabularValue(plan: TabularValuePlan, compiler: Compiler): RowFunction {
  const input = compiler.tabular(plan.input);
  if (plan.kind === "toscalar") {
    return once(plan.id, compiler, () => input().rows[0]?.[0] ?? null);
  }
  return once(plan.id, compiler, () => input().rows.map((row) => row[0]));
}

/**
 * `row_number(start)`, `prev(expr, offset, default)` and `next(...)` read
 * the position the operator records in `runtime.window`.
 */
function compileWindow(plan: RowWindowPlan, columns: readonly Column[], compiler: Compiler): RowFunction {
  const window = compiler.runtime.window;
  const args = plan.args.map((arg) => compiler.scalar(arg, columns));
  if (plan.kind === "row_number") {
    if (args.length > 1) {
      const error = new InputError("row_number() with a restart condition is not supported yet", { kind: "unsupported" });
      throw placed(compiler, plan.offset, error);
    }
    const start = args[0];
    return (row) => window.index + Number(start ? start(row) ?? 1 : 1);
  }
  const [expression, offsetArg, fallback] = args;
  const sign = plan.kind === "prev" ? -1 : 1;
  return (row) => {
    const distance = offsetArg ? Number(offsetArg(row) ?? 1) : 1;
    const target = window.rows[window.index + sign * distance];
    if (!target) return fallback ? fallback(row) : null;
    return expression(target);
  };
}
