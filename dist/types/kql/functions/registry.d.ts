import type { GeoIpLocator } from "../api.js";
import type { KustoType, Value } from "../types.js";
/**
 * The facts the lowering has about one call site when it compiles a built-in:
 * the argument and result types Kusto.Language inferred, and the value of
 * each argument that is a constant (a literal or a constant `let`).
 */
export interface CallSite {
    readonly name: string;
    readonly argTypes: readonly KustoType[];
    readonly resultType: KustoType;
    /** The constant value of each argument, or `undefined` when it varies per row. */
    readonly constants: readonly (Value | undefined)[];
    /** The query's `now()`, in datetime ticks; fixed for the whole query. */
    readonly now: () => number;
    /** The evaluation's IP locations, for `geo_info_from_ip_address`. */
    readonly locateIp?: () => GeoIpLocator | undefined;
}
/**
 * A compiled scalar function or operator: arguments in, value out. The
 * array `args` is refilled for the next row, so an implementation reads
 * it during the call and keeps no reference to it.
 */
export type ScalarImpl = (args: readonly Value[]) => Value;
/**
 * A scalar function or operator. `compile` runs once per call site, so that
 * work such as building a regular expression from a constant pattern happens
 * once, not per row. It throws an `InputError` of kind `unsupported` for an
 * argument shape it does not handle.
 */
export interface ScalarFunction {
    /** The KQL name, lower case as Kusto spells it (`tostring`, `==`, `has`). */
    readonly name: string;
    /** Other names for the same function (`makeset` for `make_set`). */
    readonly aliases?: readonly string[];
    compile(site: CallSite): ScalarImpl;
}
/**
 * Accumulates one group's values for an aggregate function. The array
 * `add` receives is reused for the next row, so an accumulator keeps its
 * values, never the array.
 */
export interface Accumulator {
    add(args: readonly Value[]): void;
    result(): Value;
}
/** An aggregation function of `summarize` (`count`, `make_set`, ...). */
export interface AggregateFunction {
    readonly name: string;
    readonly aliases?: readonly string[];
    /** Returns a factory called once per group. */
    compile(site: CallSite): () => Accumulator;
}
/** Registers scalar functions and operators under their names and aliases. */
export declare function registerScalars(...functions: ScalarFunction[]): void;
/** Registers aggregate functions under their names and aliases. */
export declare function registerAggregates(...functions: AggregateFunction[]): void;
export declare function findScalar(name: string): ScalarFunction | undefined;
export declare function findAggregate(name: string): AggregateFunction | undefined;
/** Lists every supported scalar and aggregate name; `coverage` reads this. */
export declare function supportedFunctionNames(): {
    scalars: string[];
    aggregates: string[];
};
