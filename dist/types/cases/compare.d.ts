import type { KustoType, Table } from "../kql/types.js";
import type { AlertDiff } from "../report/types.js";
import { type ActualAlert } from "./alert-fields.js";
import type { CaseExpectation, ExpectedAlert } from "./case-loader.js";
export type { ActualAlert } from "./alert-fields.js";
/** The outcome of one scheduled run of a rule. */
export interface ActualRun {
    readonly result: Table;
    readonly triggered: boolean;
    readonly alerts: readonly ActualAlert[];
}
/** The verdict on one case, before `xfail` is applied. */
export interface Comparison {
    readonly passed: boolean;
    /** One line: what matched, or what differs. */
    readonly message: string;
    readonly diff: AlertDiff;
    /**
     * The case file line a failure is reported at: a named column that the
     * result lacks, else the first unmatched expected alert or row. Left out
     * when only `triggered` differs.
     */
    readonly line?: number;
}
/**
 * Compares a run with a case's expectation: `triggered` when given, then
 * either `alerts` (one actual alert per expectation, matched in any order;
 * an actual alert no expectation matches is unexpected) or `rows` (the
 * exact result table, as a multiset unless `ordered`).
 */
export declare function compareRun(expect: CaseExpectation, run: ActualRun, options?: {
    ordered?: boolean;
}): Comparison;
/** Tells whether an actual alert meets every field an expectation gives. */
export declare function alertMatches(expected: ExpectedAlert, actual: ActualAlert, types?: ReadonlyMap<string, KustoType>): boolean;
/**
 * Tells whether a query's result rows come out in a defined order: true when
 * its last row-reordering tabular operator is `sort`, `order` or `top`.
 *
 * NOTE: this reads the query text, not its plan: only the top-level
 * operators of the last statement count, so a sorted subquery whose order
 * the outer query keeps is read as unordered.
 */
export declare function querySorts(query: string): boolean;
