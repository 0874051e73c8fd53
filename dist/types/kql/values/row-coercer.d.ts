import type { Column, Value } from "../types.js";
type RawRecord = Readonly<Record<string, unknown>>;
/**
 * Returns a converter from records (column name to raw value, such as a
 * parsed JSON line) to rows of `columns`, each value converted as
 * `coerceValue` converts it. `where` names a column in error messages.
 */
export declare function rowCoercer(columns: readonly Column[], where?: (column: Column) => string): (record: RawRecord) => Value[];
export {};
