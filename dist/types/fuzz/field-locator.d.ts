import type { Table, Value } from "../kql/types.js";
import type { ParsedQuery, SyntaxNode } from "./syntax.js";
/**
 * A field of an input event: a column, and a property path inside it when
 * the column contains JSON (a `dynamic` value, or a `string` of JSON text
 * such as `ZoomLogs.ChatEvents`).
 */
export interface FieldLocator {
    column: string;
    path: string[];
}
/**
 * Finds the input field an expression that `operator` reads comes from,
 * when the way there is only renames, `tostring`, `parse_json` and
 * property access (`parse_json(ChatEvents).Channel`). Returns `undefined`
 * for anything computed.
 */
export declare function locateField(query: ParsedQuery, operator: SyntaxNode, expression: SyntaxNode): FieldLocator | undefined;
/** Formats a locator the way declared properties write it: `ChatEvents.Channel`. */
export declare function formatLocator(locator: FieldLocator): string;
/** Parses `Column` or `Column.path.to.property`. */
export declare function parseLocator(text: string): FieldLocator;
/** Reads a field of a row; a missing property reads as `null`. */
export declare function readField(table: Table, row: readonly Value[], field: FieldLocator): Value;
/**
 * Returns a copy of a row with one field set. A JSON text column is parsed,
 * changed and written back as text; an empty or invalid text starts as `{}`.
 */
export declare function writeField(table: Table, row: readonly Value[], field: FieldLocator, value: Value): Value[];
