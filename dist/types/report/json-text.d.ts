/**
 * Serializes a value as JSON the way every report of this tool writes it.
 * A `bigint` prints as its exact digits (a Kusto `long` beyond 2^53). The
 * numbers NaN and ±Infinity become the strings `"NaN"`, `"Infinity"` and
 * `"-Infinity"`, and a `toJSON` method (as on `Date`) is honoured. Object
 * properties that are `undefined` are left out and array items that are
 * `undefined` become `null`, as with `JSON.stringify`.
 *
 * @param indent spaces per nesting level; 0 writes everything on one line.
 */
export declare function stringifyJson(value: unknown, indent?: number): string;
