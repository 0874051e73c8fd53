import { InputError } from "../errors.js";
import type { Column, Table } from "../kql/types.js";
import type { SourceRow, ValuePlace } from "./source-rows.js";
/** A table built from a case's events, and what the maintainer should know. */
export interface BuiltTable {
    readonly table: Table;
    readonly warnings: InputError[];
}
/**
 * Builds a typed table from raw events. Columns come from the table's
 * schema, in schema order, followed by any other column the events name.
 * Those take the type their source gives (a webhook column's suffix) or one
 * inferred from their values. A table with no schema gets an inferred one
 * and a warning at `tablePlace`. Each column a known schema lacks gets a
 * warning too, unless its source typed it. A value of the wrong type raises
 * an `InputError` at its line naming the column, the value and the type.
 */
export declare function buildTable(name: string, rows: readonly SourceRow[], schema: readonly Column[] | undefined, tablePlace: ValuePlace): BuiltTable;
