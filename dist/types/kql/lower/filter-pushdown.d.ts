import type { TabularPlan } from "../plan/types.js";
/**
 * Moves the conditions of a `where` right after an `innerunique` join that
 * read only left columns into a `where` on the join's left input. Kusto
 * does the same, so those conditions run before the left side loses its
 * duplicate keys, and the left rows they keep are the ones that reach the
 * output (learn.microsoft.com/kusto/query/join-innerunique, whose example
 * `t1 | join kind=innerunique t2 on key | where value == "val1.2"` always
 * returns the rows of "val1.2"). Other plans are returned unchanged.
 *
 * NOTE: only a `where` that directly follows the join moves; Kusto may also
 * move one that follows a `project` or `extend` of the join.
 */
export declare function pushFilterIntoJoin(plan: TabularPlan): TabularPlan;
