import type { RowWindowPlan } from "../plan/types.js";
import type { Column, Value } from "../types.js";
import { longOperation } from "../values/long.js";
import type { Compiler, RowFunction, Runtime } from "./types.js";

type Row = readonly Value[];

/**
 * Compiles the window functions, which read the position the operator
 * records in `runtime.window`: `row_number`, `prev`, `next`, `row_cumsum`
 * and `row_window_session`
 * (https://learn.microsoft.com/kusto/query/window-functions).
 */
export function compileWindow(
  plan: RowWindowPlan,
  columns: readonly Column[],
  compiler: Compiler,
): RowFunction {
  const window = compiler.runtime.window;
  const args = plan.args.map((arg) => compiler.scalar(arg, columns));
  switch (plan.kind) {
    case "row_number":
      return compileRowNumber(args, compiler.runtime);
    case "row_cumsum":
      return compileCumulativeSum(args, compiler.runtime, plan.type);
    case "row_window_session":
      return compileSession(args, compiler.runtime);
    default:
      break;
  }
  const [expression, distanceArg, fallback] = args;
  const sign = plan.kind === "prev" ? -1 : 1;
  const missing: Value = plan.type === "string" ? "" : null;
  return (row) => {
    const distance = distanceArg ? Number(distanceArg(row) ?? 1) : 1;
    const target = window.rows[window.index + sign * distance];
    if (target) return expression(target);
    return fallback ? fallback(row) : missing;
  };
}

/**
 * `row_number([start [, restart]])`: the row's index from `start` (1 by
 * default), back at `start` on each row where `restart` is true.
 */
function compileRowNumber(
  [start, restart]: readonly RowFunction[],
  runtime: Runtime,
): RowFunction {
  const startAt = (row: Row) => Number(start ? (start(row) ?? 1) : 1);
  if (!restart) return (row) => runtime.window.index + startAt(row);

  return sequential<{ number: number }>(
    runtime,
    () => ({ number: 0 }),
    (state, row, first) => {
      state.number = first || restart(row) === true ? startAt(row) : state.number + 1;
      return state.number;
    },
  );
}

/**
 * `row_cumsum(term [, restart])`: the sum of `term` over the rows so far,
 * starting again from the row's own term where `restart` is true. A null
 * term adds nothing.
 */
function compileCumulativeSum(
  [term, restart]: readonly RowFunction[],
  runtime: Runtime,
  type: string,
): RowFunction {
  const integral = type === "long" || type === "int";
  const add = (a: Value, b: Value): Value => {
    if (b === null) return a;
    if (!integral) return Number(a) + Number(b);
    return longOperation(a as number, b as number, (x, y) => x + y, (x, y) => x + y);
  };
  return sequential<{ total: Value }>(
    runtime,
    () => ({ total: 0 }),
    (state, row, first) => {
      const restarted = first || (restart !== undefined && restart(row) === true);
      state.total = add(restarted ? 0 : state.total, term(row));
      return state.total;
    },
  );
}

/**
 * `row_window_session(expr, maxDistanceFromFirst, maxDistanceBetweenNeighbors
 * [, restart])`: the value of `expr` where the row's session started. A
 * row starts a session when there is no session yet (or `expr` was null
 * on the row before), when `expr` reaches the session's start plus
 * `maxDistanceFromFirst` or the previous row's value plus
 * `maxDistanceBetweenNeighbors`, or when `restart` is true.
 *
 * NOTE: the page states that a row outside a new session returns "the
 * previous value of Expr", but its example returns the session's start
 * value, and so does the engine. A null `expr` returns null.
 */
function compileSession(
  [expression, fromFirst, betweenNeighbors, restart]: readonly RowFunction[],
  runtime: Runtime,
): RowFunction {
  interface Session {
    start: number | null;
    previous: number | null;
  }
  const reaches = (value: number, base: number | null, distance: Value) =>
    base === null || distance === null || value >= base + Number(distance);

  return sequential<Session>(
    runtime,
    () => ({ start: null, previous: null }),
    (state, row) => {
      const value = expression(row) as number | null;
      if (value === null) {
        state.start = null;
        state.previous = null;
        return null;
      }
      const restarted =
        state.start === null ||
        reaches(value, state.start, fromFirst(row)) ||
        reaches(value, state.previous, betweenNeighbors(row)) ||
        (restart !== undefined && restart(row) === true);
      if (restarted) state.start = value;
      state.previous = value;
      return state.start;
    },
  );
}

/**
 * Builds a window function whose value depends on the rows before: `step`
 * runs on each row in order, from the first. A call for a row further on
 * runs `step` on the rows in between, with `runtime.window.index` set to
 * each, so that `prev()` inside the arguments reads the right row.
 */
function sequential<State>(
  runtime: Runtime,
  initial: () => State,
  step: (state: State, row: Row, first: boolean) => Value,
): RowFunction {
  let rows: readonly Row[] | undefined;
  let state = initial();
  let next = 0;
  let last: Value = null;
  return () => {
    const window = runtime.window;
    const target = window.index;
    if (window.rows !== rows || target < next - 1) {
      rows = window.rows;
      state = initial();
      next = 0;
    }
    while (next <= target) {
      window.index = next;
      last = step(state, rows[next], next === 0);
      next++;
    }
    window.index = target;
    return last;
  };
}
