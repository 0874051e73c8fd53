import type { TabularPlan } from "./types.js";
/**
 * Raises a semantic `InputError` at the first window function (`prev`,
 * `next`, `row_number`) whose input rows are not serialized, as Kusto
 * rejects such a query. Serialized rows come from `serialize`, `sort`,
 * `top` and `range`, and pass through the operators that keep the row set
 * serialized (https://learn.microsoft.com/kusto/query/window-functions,
 * https://learn.microsoft.com/kusto/query/serialize-operator).
 */
export declare function checkWindowInputs(root: TabularPlan, text: string): void;
