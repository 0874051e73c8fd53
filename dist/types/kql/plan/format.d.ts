import type { Plan, ScalarPlan, TabularPlan } from "./types.js";
/**
 * Formats a plan as an indented tree, one tabular node per line with its
 * offset and output columns, for a `--debug` dump.
 */
export declare function formatPlan(plan: Plan): string;
/** Returns the tabular inputs of a node, left to right. */
export declare function inputsOf(plan: TabularPlan): TabularPlan[];
/** Writes a scalar plan in a KQL-like notation. */
export declare function scalarText(plan: ScalarPlan): string;
