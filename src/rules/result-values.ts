import type { Table, Value } from "../kql/types.js";
import {
  stringifyJson,
  valueToJson,
  type JsonValue,
} from "../kql/values/index.js";
import type { KustoType } from "../kql/types.js";

/**
 * Converts a result value to the string Sentinel shows for it in entities
 * and alert details: strings as they are, datetimes as
 * `2026-04-20T08:10:00Z`, dynamic values as JSON text. Null is "".
 */
export function displayString(value: Value, type: KustoType): string {
  const json = valueToJson(value, type);
  if (json === null) return "";
  if (typeof json === "string") return json;
  return stringifyJson(json);
}

/** Returns a result row as an object of JSON-ready values, column to value. */
export function rowObject(
  table: Table,
  row: readonly Value[],
): Record<string, JsonValue> {
  const object: Record<string, JsonValue> = {};
  for (const [index, column] of table.columns.entries()) {
    object[column.name] = valueToJson(row[index] ?? null, column.type);
  }
  return object;
}
