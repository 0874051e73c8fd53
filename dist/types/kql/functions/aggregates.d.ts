/**
 * Aggregation functions for `summarize`: `count`, `countif`, `sum`,
 * `sumif`, `min`, `max`, `min_if`, `max_if`, `avg`, `avgif`, `dcount`,
 * `dcountif`, `take_any`/`any`, `stdev`, `stdevp`, `variance`,
 * `variancep`, `percentile`. Null values are skipped, as the null-values
 * page states (https://learn.microsoft.com/kusto/query/scalar-data-types/null-values).
 * The `make_*` family is in make-aggregates.ts.
 */
import type { KustoType, Value } from "../types.js";
import { type Accumulator, type AggregateFunction, type CallSite } from "./registry.js";
/** Defines an aggregate; `compile` returns the per-group accumulator factory. */
export declare function aggregate(name: string, compile: (site: CallSite) => () => Accumulator, aliases?: readonly string[]): AggregateFunction;
/**
 * Wraps an accumulator so that it only receives rows whose predicate argument,
 * at `predicateIndex`, is true; the predicate is removed from the arguments.
 */
export declare function onlyWhen(factory: () => Accumulator, predicateIndex: number): () => Accumulator;
export declare function nearestRank(values: Value[], p: number, type: KustoType): Value;
