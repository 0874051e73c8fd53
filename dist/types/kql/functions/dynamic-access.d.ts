/**
 * JSON parsing and dynamic accessors: `parse_json` (`todynamic`,
 * `parsejson`), member access `.`, element access `[]`, `array_length`.
 *
 * Accessors follow https://learn.microsoft.com/kusto/query/scalar-data-types/dynamic:
 * a missing member or an index out of range gives null, and a negative
 * array index counts from the end (`arr[-1]` is the last element).
 */
import type { Value } from "../types.js";
import { type CallSite } from "./registry.js";
/**
 * Parses JSON text; text that is not JSON stays a dynamic string, and the
 * empty string is null, as `gettype(parse_json(''))` is `null` on
 * https://learn.microsoft.com/kusto/query/gettype-function.
 */
export declare function parseJsonOrText(text: string): Value;
/**
 * Returns a converter from argument `index`'s values to dynamic values: a
 * string argument is parsed as JSON (cached per distinct text), as Kusto
 * does when a string column is used where a dynamic value is expected.
 */
export declare function dynamicArg(site: CallSite, index: number): (value: Value) => Value;
/** Returns a bag's own member, so that `constructor` and the like are not found. */
export declare function getMember(container: Value, name: string): Value;
/** Returns an array element; a negative index counts from the end. */
export declare function getElement(array: readonly Value[], index: number): Value;
