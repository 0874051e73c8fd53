import type { Compiler } from "../compile/types.js";
import type { Accumulator } from "../functions/registry.js";
import type { LowerContext } from "../lower/context.js";
import type { AggregatePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Value } from "../types.js";
/** The names of the aggregates implemented here, `any` included. */
export declare const ROW_AGGREGATE_NAMES: ReadonlySet<string>;
/** One group's state for one aggregate. */
export interface GroupState {
    add(row: readonly Value[]): void;
    result(): Value[];
}
export type StateFactory = () => GroupState;
/** Tells whether a node calls an aggregation function. */
export declare function isAggregateCall(node: SyntaxNode): boolean;
/**
 * Lowers one aggregation call. Its output columns are the first of
 * `columns`: one, or as many as the call's tuple type has (`arg_max(T, *)`).
 * A `*` argument becomes the input column index of each output it adds.
 */
export declare function lowerAggregate(node: SyntaxNode, context: LowerContext, columns: readonly Column[]): AggregatePlan;
/**
 * One aggregate compiled for a loop over rows. `input` reads what a
 * group's state receives from a row, once per row whatever its group, so
 * the state keeps only what it accumulates.
 */
export interface CompiledAggregate {
    /**
     * Returns the argument values of `row`, in one array the aggregate
     * reuses for every row, or for `arg_max`, `arg_min` and `take_any` the
     * row itself.
     */
    readonly input: (row: readonly Value[]) => readonly Value[];
    /** Creates the state of one group. */
    readonly create: () => Accumulator;
    /** Returns the output columns of a group's state. */
    readonly results: (state: Accumulator) => Value[];
}
/** Compiles one aggregate into a factory of per-group states. */
export declare function compileAggregate(plan: AggregatePlan, columns: readonly Column[], compiler: Compiler): StateFactory;
/** Compiles one aggregate for a loop that reads its input once per row. */
export declare function compileAggregateInput(plan: AggregatePlan, columns: readonly Column[], compiler: Compiler): CompiledAggregate;
