import type { Column, Table } from "../kql/types.js";
import type { GoldenCase } from "./case-loader.js";
/**
 * Returns the columns to compile a rule with: each known schema, plus every
 * column the rule's cases add to it (raw `payload_*` columns that a rule
 * reads through `column_ifexists`, for example), and the tables only cases
 * define. A rule is compiled once, so it must see the union of its cases'
 * columns. A case lacking one of them gets nulls there (see `fitTables`).
 */
export declare function caseColumns(schemas: Readonly<Record<string, readonly Column[]>>, cases: readonly Pick<GoldenCase, "tables">[]): {
    tables: Record<string, readonly Column[]>;
};
/**
 * Lays out a case's tables in the compiled columns' order, filling a
 * column the case does not give with null (the empty string for `string`).
 * Raises an `InputError` when a case gives a column a type other than the
 * one the rule was compiled with.
 */
export declare function fitTables(item: GoldenCase, compiled: Readonly<Record<string, readonly Column[]>>): Record<string, Table>;
