import type { KustoType, Table } from "./types.js";
import type { JsonValue } from "./values/json.js";
/**
 * A query result as JSON: column names with Kusto type names, and rows of
 * JSON values. Datetimes and timespans are text, decimals and the reals
 * NaN and ±Infinity are strings, and a long beyond ±2^53 is a bigint that
 * `stringifyJson` writes exactly.
 */
export type ResultJson = {
    columns: {
        name: string;
        type: KustoType;
    }[];
    rows: JsonValue[][];
};
/** Converts a table to the query result JSON. */
export declare function tableToJson(table: Table): ResultJson;
