import { type EvaluateQueryOptions, type ResultJson, type TableInput } from "./kql/index.js";
/**
 * Evaluates one KQL query over tables given as JSON-like values and returns
 * the result JSON (`{ columns, rows }`, see the README). `tables` maps a
 * table name to an array of row objects, typed by the table's schema or
 * inferred, or to `{ columns: [{ name, type }], rows }`. Throws an
 * `InputError` for a `tables` argument of another shape, an invalid query
 * or a value that does not fit its column. `long` values beyond 2^53 come
 * back as `bigint`, so print the result with `stringifyJson`.
 */
export declare function evaluateQuery(query: string, tables?: Readonly<Record<string, TableInput>>, options?: EvaluateQueryOptions): ResultJson;
/** Checks the shape of the `tables` argument; row values are checked later, per column. */
export declare function checkTables(tables: unknown): void;
