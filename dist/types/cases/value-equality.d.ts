import type { KustoType } from "../kql/types.js";
/**
 * Compares an expected value (as written in a case) with an actual one as
 * Kusto values of the column's type. So the YAML number 4 equals the long
 * 4, and the text `2026-04-20T08:10:00Z` equals that datetime. A map or
 * list given for a `string` column equals JSON text with the same members
 * in any key order. With no known type the two are compared as JSON. An
 * expected value the type cannot hold is not equal.
 */
export declare function valuesEqual(expected: unknown, actual: unknown, type?: KustoType): boolean;
/** Canonical JSON of any plain value, with bigints as their digits. */
export declare function canonicalOf(value: unknown): string;
