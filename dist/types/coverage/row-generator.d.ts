import type { Column, Table, Value } from "../kql/types.js";
/** Options of `generateRows`. */
export interface RowOptions {
    /** Rows of plausible values; default 3. */
    readonly count?: number;
    /**
     * Text to try in string and dynamic columns, such as the string literals
     * of the query, one row per text.
     */
    readonly texts?: readonly string[];
}
/**
 * Generates rows of plausible values for a table's columns: `count` rows,
 * then one row per text of `texts` with that text in every string and
 * dynamic column, then a row of nulls (empty strings for `string`
 * columns). Datetimes of row `n` (from 1) are `n` minutes before `now`,
 * so the first 60 rows fall inside a look-back window of an hour. The same
 * input always gives the same rows.
 */
export declare function generateRows(columns: readonly Column[], now: number, options?: RowOptions): Table;
/** Returns the value of a column in generated row `n` (from 1). */
export declare function sampleValue(column: Column, n: number, now: number): Value;
