import type { ParsedQuery, SyntaxNode } from "./syntax.js";
/**
 * Where a column of a pipeline comes from, found by walking the pipeline
 * upstream from the operator that reads it.
 *
 * - `aggregate`: an output of `summarize` computed by an aggregation call.
 * - `source`: a column of the input table, possibly renamed or transformed.
 * - `unknown`: the walk stopped, for the given `reason`.
 */
export type ColumnOrigin = AggregateOrigin | {
    kind: "source";
    column: string;
    steps: DerivationStep[];
} | {
    kind: "unknown";
    reason: string;
};
export interface AggregateOrigin {
    kind: "aggregate";
    /** The `summarize` operator. */
    summarize: SyntaxNode;
    /** The aggregation call, such as `makeset(Channel)`. */
    call: SyntaxNode;
    /** The output column of `summarize` holding the aggregate. */
    column: string;
    /** Output names of the `by` keys, in order. */
    groupBy: string[];
    /** The assignments from the aggregate to the traced column, outermost last. */
    steps: DerivationStep[];
}
/** One `extend`/`project` assignment on the way from an origin to a column. */
export interface DerivationStep {
    /** The column the step assigns. */
    column: string;
    /** The assigned expression. */
    expression: SyntaxNode;
    /** The column the expression reads, or "" when it wraps the aggregation call. */
    input: string;
}
/**
 * Traces the column `name` that the query operator `operator` reads back
 * to where it is computed. The walk steps through pass-through operators,
 * `extend`, `project`, `project-rename`, the left then the right side of
 * `join` and `lookup`, and tabular `let` variables. It stops at
 * `summarize` or at a table.
 */
export declare function traceColumn(query: ParsedQuery, operator: SyntaxNode, name: string): ColumnOrigin;
/** Returns the input expression of a query operator inside a pipe. */
export declare function upstreamOf(operator: SyntaxNode): SyntaxNode | undefined;
/** Finds the expression a `let` statement binds to a name, if any. */
export declare function findLetExpression(query: ParsedQuery, name: string): SyntaxNode | undefined;
/**
 * Lists the distinct column names an expression reads, in order. Names of
 * called functions, `let` variables and dynamic property paths are skipped.
 */
export declare function columnReferences(expression: SyntaxNode): string[];
/** Lists the `by` expressions of a `summarize`. */
export declare function summarizeByKeys(summarize: SyntaxNode): SyntaxNode[];
/**
 * Lists the output columns of `summarize`: keys, then aggregates. Uses the
 * result type Kusto.Language inferred when it has one column per element,
 * and otherwise Kusto's default names (`count_`, `dcount_User`, ...).
 */
export declare function summarizeOutputNames(summarize: SyntaxNode, keyCount: number, aggregates: SyntaxNode[]): string[];
/** Maps a deprecated function name to the current one (`makeset` to `make_set`). */
export declare function canonicalAggregate(name: string): string;
/** Lists the argument expressions of a function call. */
export declare function callArguments(call: SyntaxNode): SyntaxNode[];
