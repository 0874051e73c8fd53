import { queryError } from "../query-errors.js";
import { inputsOf } from "./format.js";
import type { ScalarPlan, TabularPlan } from "./types.js";
import { assertNever } from "./types.js";
import { scalarChildren, WINDOW_KINDS } from "./visit.js";

const WINDOW_KINDS_SET: ReadonlySet<string> = new Set(WINDOW_KINDS);

/**
 * Raises a semantic `InputError` at the first window function (`prev`,
 * `next`, `row_number`) whose input rows are not serialized, as Kusto
 * rejects such a query. Serialized rows come from `serialize`, `sort`,
 * `top` and `range`, and pass through the operators that keep the row set
 * serialized (https://learn.microsoft.com/kusto/query/window-functions,
 * https://learn.microsoft.com/kusto/query/serialize-operator).
 */
export function checkWindowInputs(root: TabularPlan, text: string): void {
  const seen = new Set<TabularPlan>();
  const visit = (plan: TabularPlan): void => {
    if (seen.has(plan)) return;
    seen.add(plan);

    const window = firstWindow(ownExpressions(plan));
    const input = windowInput(plan);
    const origin = input && unserializedOrigin(input);
    if (window && origin) {
      const name = `${window.kind}()`;
      const message = `${name} needs serialized rows, but the rows from ${origin} are not serialized. Add 'serialize' or 'sort by' before the operator that calls ${name}`;
      const hint = "window functions run only on serialized rows, such as the output of serialize, sort, top or range";
      throw queryError(text, window.offset, message, "semantic", hint);
    }
    for (const child of inputsOf(plan)) visit(child);
    for (const nested of nestedTables(ownExpressions(plan))) visit(nested);
  };
  visit(root);
}

/** Returns the input whose rows a node's window functions read, if it has one. */
function windowInput(plan: TabularPlan): TabularPlan | undefined {
  if (plan.kind === "serialize" || plan.kind === "mv-apply") return undefined;
  const inputs = inputsOf(plan);
  return inputs.length === 1 ? inputs[0] : undefined;
}

/**
 * Returns what makes a row set unserialized (`summarize`, `the table
 * 'SigninLogs'`), or `undefined` when it is serialized.
 *
 * NOTE: the window-functions page lists `mv-expand` among the operators
 * that keep rows serialized, but the serialize page lists it among those
 * that do not. The engine keeps them serialized, so that it rejects no
 * valid query. `print` and `datatable` count as tables, and `union` as
 * unserialized.
 */
function unserializedOrigin(plan: TabularPlan): string | undefined {
  switch (plan.kind) {
    case "sort":
    case "top":
    case "serialize":
    case "range":
    case "rows":
      return undefined;
    case "where":
    case "extend":
    case "project":
    case "take":
    case "parse":
    case "materialize":
    case "mv-expand":
      return unserializedOrigin(plan.input);
    case "table":
      return `the table '${plan.name}'`;
    case "values":
      return plan.operator;
    case "externaldata":
      return "externaldata";
    case "summarize":
    case "join":
    case "union":
    case "distinct":
    case "count":
    case "make-series":
    case "mv-apply":
      return plan.kind;
    case "bag_unpack":
    case "pivot":
      return "evaluate";
    default:
      return assertNever(plan);
  }
}

/** Lists the scalar expressions a node evaluates itself, not its inputs'. */
function ownExpressions(plan: TabularPlan): readonly ScalarPlan[] {
  switch (plan.kind) {
    case "where":
      return [plan.predicate];
    case "extend":
    case "serialize":
      return plan.assignments.map((item) => item.expression);
    case "project":
    case "distinct":
      return plan.items.map((item) => item.expression);
    case "summarize":
      return [
        ...plan.keys.map((key) => key.expression),
        ...plan.aggregates.flatMap((aggregate) => aggregate.args),
      ];
    case "sort":
      return plan.keys.map((key) => key.expression);
    case "top":
      return [plan.count, ...plan.keys.map((key) => key.expression)];
    case "take":
      return [plan.count];
    case "mv-expand":
      return plan.items.map((item) => item.expression);
    case "parse":
      return [plan.source];
    case "join":
      return [...plan.leftKeys, ...plan.rightKeys];
    case "values":
      return plan.rows.flat();
    case "range":
      return [plan.from, plan.to, plan.step];
    case "make-series":
      return makeSeriesExpressions(plan);
    case "table":
    case "union":
    case "count":
    case "materialize":
    case "bag_unpack":
    case "mv-apply":
    case "rows":
    case "pivot":
    case "externaldata":
      return [];
    default:
      return assertNever(plan);
  }
}

function makeSeriesExpressions(
  plan: Extract<TabularPlan, { kind: "make-series" }>,
): ScalarPlan[] {
  const bounds = [plan.from, plan.to].filter(
    (bound): bound is ScalarPlan => bound !== undefined,
  );
  return [
    ...plan.keys.map((key) => key.expression),
    ...plan.aggregates.flatMap((item) => [...item.aggregate.args, item.fallback]),
    plan.axis,
    plan.step,
    ...bounds,
  ];
}

function firstWindow(plans: readonly ScalarPlan[]): ScalarPlan | undefined {
  for (const plan of plans) {
    if (WINDOW_KINDS_SET.has(plan.kind)) return plan;
    const found = firstWindow(scalarChildren(plan));
    if (found) return found;
  }
  return undefined;
}

/** Lists the tables that `toscalar` and `in (T)` read inside expressions. */
function nestedTables(plans: readonly ScalarPlan[]): TabularPlan[] {
  const tables: TabularPlan[] = [];
  const collect = (plan: ScalarPlan): void => {
    if (plan.kind === "toscalar" || plan.kind === "column-array") {
      tables.push(plan.input);
    }
    scalarChildren(plan).forEach(collect);
  };
  plans.forEach(collect);
  return tables;
}
