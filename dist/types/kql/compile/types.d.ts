import type { ExternalDataSource, GeoIpLocator, InputTable } from "../api.js";
import type { ScalarPlan, TabularPlan } from "../plan/types.js";
import type { Column, Table, Value } from "../types.js";
/** A compiled scalar expression: one row in, one value out. */
export type RowFunction = (row: readonly Value[]) => Value;
/** A compiled tabular expression: evaluates to a table. */
export type TableFunction = () => Table;
/** Receives the rows of a table one by one. */
export type RowSink = (row: readonly Value[]) => void;
/**
 * A compiled tabular expression that pushes its rows into `sink` instead of
 * returning a table, so that a `where`, `extend` or `project` passes the
 * rows of a streamed input table on without gathering them.
 */
export type RowSource = (sink: RowSink) => void;
/**
 * The state of one evaluation, shared by every closure of a compiled
 * query. `evaluate` fills it in before it runs the root and clears it
 * after; evaluations are synchronous, so they never overlap.
 */
export interface Runtime {
    now: number;
    /** The tables of the evaluation. A stream here is read once. */
    tables: Readonly<Record<string, InputTable>>;
    /** The content `externaldata` reads, by URL. */
    externalData?: Readonly<Record<string, ExternalDataSource>>;
    /** The locations `geo_info_from_ip_address` reads. */
    locateIp?: GeoIpLocator;
    /**
     * Values computed once per evaluation (`let`, `toscalar`, `materialize`),
     * by plan id. Closures keep this map, so it is cleared, never replaced.
     */
    readonly cache: Map<number, unknown>;
    /** The rows and the current position, for `prev`, `next` and `row_number`. */
    readonly window: {
        rows: readonly (readonly Value[])[];
        index: number;
    };
}
/** Compiles plan nodes. Operators receive it, so they import no compiler. */
export interface Compiler {
    readonly runtime: Runtime;
    /** The query text, to place errors raised while compiling or evaluating. */
    readonly text: string;
    tabular(plan: TabularPlan): TableFunction;
    /** Compiles `plan` to push its rows, streaming where the plan allows. */
    rows(plan: TabularPlan): RowSource;
    scalar(plan: ScalarPlan, columns: readonly Column[], memo?: RowMemo): RowFunction;
}
/**
 * Per-row memory for calls that appear more than once in a chain of row
 * operators (`parse_json(ChatEvents)` in two `extend`s): each such call
 * has a slot, computed once per row. `keyOf` names a call by its structure
 * and by the version of each column it reads, so a call over a column
 * that was reassigned in between gets another slot.
 */
export interface RowMemo {
    keyOf(plan: ScalarPlan): string | undefined;
    readonly slots: ReadonlyMap<string, number>;
    readonly values: Value[];
    readonly stamps: number[];
    /** Incremented for each row, so that older slots count as empty. */
    stamp: number;
}
