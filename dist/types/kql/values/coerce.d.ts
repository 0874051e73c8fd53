import { type KustoType, type Value } from "../types.js";
/**
 * Converts a JSON or YAML value from a test case or table file into a value
 * of a column's Kusto type. Text parses for every non-string type; a map or
 * list given for a `string` column is stored as its JSON text; text given
 * for a `dynamic` column stays text. `null` and a missing value give null
 * (the empty string for `string`).
 *
 * Throws an `InputError` of kind `type` naming the value, the type and the
 * form to write instead; `where` (such as `column TimeGenerated`) places it.
 */
export declare function coerceValue(raw: unknown, type: KustoType, where?: string): Value;
/** Converts one raw value to a column's type, as `coerceValue` does. */
export type ValueCoercer = (raw: unknown) => Value;
/**
 * Returns a converter to `type` that gives the values and errors
 * `coerceValue(raw, type, where)` gives. It checks the usual input of the
 * type first: text for `string`, ISO 8601 text with `Z` for `datetime`
 * and a JSON primitive for `dynamic`.
 */
export declare function coercerOf(type: KustoType, where?: string): ValueCoercer;
/**
 * Infers the column type of a table given without a schema from its values
 * (nulls ignored): `bool`, `long` for whole numbers, `real` for other
 * numbers, `datetime` when every value is ISO 8601 text, `string` for other
 * text, and `dynamic` for maps, lists and mixed values.
 *
 * NOTE: a column whose values are all null is inferred as `dynamic`, which
 * keeps nulls as nulls, where a `string` column would turn them into "".
 */
export declare function inferType(values: readonly unknown[]): KustoType;
