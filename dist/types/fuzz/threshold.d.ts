import type { CompileOptions } from "../kql/api.js";
import type { ThresholdReport } from "../report/types.js";
import type { SyntaxNode } from "./syntax.js";
export type ComparisonOperator = ">" | ">=" | "<" | "<=" | "==" | "!=";
/**
 * The quantity a compared value measures for one group, when it equals the
 * aggregate exactly: the number of rows, the number of distinct values of
 * `counts`, or the sum of `counts`.
 */
export type Measure = "rows" | "distinct" | "sum";
/**
 * A threshold comparison: a filter after `summarize` that compares an
 * aggregate-derived column with a constant, written with the column on the
 * left (`3 < n` is recorded as `n > 3`).
 */
export interface Threshold {
    /** The compared column, such as `ChannelCount`. */
    column: string;
    operator: ComparisonOperator;
    value: number;
    /** The aggregation function, by its current name (`make_set`, `dcount`). */
    aggregate: string;
    /** The text of the aggregated expression, or `null` for `count()`. */
    counts: string | null;
    /** The predicate of `countif`, `dcountif` and the other `*if` forms. */
    condition: string | null;
    /** Output names of the `summarize` keys. */
    groupBy: string[];
    /** The compared column's definition as written (`arraylength(Channels)`). */
    expression: string;
    /** The quantity the value measures, or `null` when arithmetic lies in between. */
    measure: Measure | null;
    /** Offset in the query of the comparison operator token. */
    offset: number;
    /** Offset and length of the whole comparison (`ChannelCount > threshold`). */
    comparisonOffset: number;
    comparisonLength: number;
    /** Offset of the aggregation call in its `summarize`. */
    aggregateOffset: number;
    /** The operator as written, before the column was moved to the left. */
    operatorText: string;
    /** Offset and length of the constant's literal (in the `let`, when bound there). */
    valueOffset: number;
    valueLength: number;
    /** The `let` name the constant is bound to, if any. */
    letName: string | null;
    /**
     * The kind of an anti join (`rightanti`, `leftanti`) that the compared
     * rows pass through later in their pipeline, or `null`. Such a join can
     * turn the comparison around: its groups then alert when it is false.
     */
    antiJoinAfter: string | null;
}
/** The outcome of searching a query for thresholds. */
export interface ThresholdSearch {
    thresholds: Threshold[];
    /** The reason each comparison after an aggregation was not taken, in query order. */
    rejected: string[];
}
/**
 * Finds every threshold comparison of a query, in query order. Only
 * comparisons that are the whole `where` condition or one operand of a
 * chain of `and` count, because under `or` or `not` the comparison alone
 * does not decide whether a row passes.
 */
export declare function findThresholds(text: string, options?: CompileOptions): ThresholdSearch;
/**
 * Builds the report's `threshold` entry: the first threshold found, with
 * the number of others, or `{found: false, reason}`.
 */
export declare function thresholdReport(search: ThresholdSearch): ThresholdReport;
/** Splits a `where` condition into the operands of its top `and` chain. */
export declare function conjuncts(condition: SyntaxNode): SyntaxNode[];
