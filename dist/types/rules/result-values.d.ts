import type { Table, Value } from "../kql/types.js";
import { type JsonValue } from "../kql/values/index.js";
import type { KustoType } from "../kql/types.js";
/**
 * Converts a result value to the string Sentinel shows for it in entities
 * and alert details: strings as they are, datetimes as
 * `2026-04-20T08:10:00Z`, dynamic values as JSON text. Null is "".
 */
export declare function displayString(value: Value, type: KustoType): string;
/** Returns a result row as an object of JSON-ready values, column to value. */
export declare function rowObject(table: Table, row: readonly Value[]): Record<string, JsonValue>;
