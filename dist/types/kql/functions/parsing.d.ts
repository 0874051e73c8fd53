/**
 * Parsers of structured text: `parse_url`, `parse_urlquery`, `parse_path`,
 * `parse_csv`. Pages: https://learn.microsoft.com/kusto/query/ followed by
 * `parse-url-function`, `parse-urlquery-function`, `parse-path-function`,
 * `parse-csv-function`.
 */
import type { Value } from "../types.js";
/** Parses `k1=v1&k2=v2` into a bag of decoded values, where a later repeated key wins. */
export declare function parseQueryParameters(query: string): Record<string, Value>;
/**
 * Splits the first record of CSV text into its fields. A field in double
 * quotes may hold commas, line breaks and doubled quotes (`""`).
 */
export declare function parseCsvRecord(text: string): string[];
