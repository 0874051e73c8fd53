import type { Runtime } from "../compile/types.js";
import type { Value } from "../types.js";
type Row = readonly Value[];
/**
 * Maps each row with `map`, dropping the rows it returns `undefined` for.
 * When `windowed`, records each row's position for `prev`, `next` and
 * `row_number`.
 */
export declare function mapRows(rows: readonly Row[], runtime: Runtime, windowed: boolean, map: (row: Row) => Row | undefined): Row[];
export {};
