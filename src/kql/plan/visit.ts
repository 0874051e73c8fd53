import type { ScalarPlan, WindowKind } from "./types.js";
import { assertNever } from "./types.js";

/** Returns the scalar operands of a scalar plan node, not of nested tables. */
export function scalarChildren(plan: ScalarPlan): readonly ScalarPlan[] {
  switch (plan.kind) {
    case "literal":
    case "column":
    case "toscalar":
    case "column-array":
      return [];
    case "variable":
      return [plan.expression];
    case "ingestion_time":
      return [plan.fallback];
    case "call":
    case "and":
    case "or":
    case "not":
    case "row_number":
    case "prev":
    case "next":
    case "row_cumsum":
    case "row_window_session":
      return plan.args;
    case "conditional":
      return [
        ...plan.branches.flatMap((branch) => [branch.condition, branch.value]),
        plan.otherwise,
      ];
    default:
      return assertNever(plan);
  }
}

/** Tells whether any node of a scalar plan satisfies `test`. */
export function someScalar(
  plan: ScalarPlan,
  test: (node: ScalarPlan) => boolean,
): boolean {
  return test(plan) || scalarChildren(plan).some((child) => someScalar(child, test));
}

/** The kinds of window functions, which read the row's position. */
export const WINDOW_KINDS: readonly WindowKind[] = [
  "row_number",
  "prev",
  "next",
  "row_cumsum",
  "row_window_session",
];

/** Tells whether expressions read the row's position (`prev`, `row_number`). */
export function usesWindow(plans: readonly ScalarPlan[]): boolean {
  const windowKinds: ReadonlySet<string> = new Set(WINDOW_KINDS);
  return plans.some((plan) => someScalar(plan, (node) => windowKinds.has(node.kind)));
}
