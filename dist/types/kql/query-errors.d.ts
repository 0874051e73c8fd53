import { InputError } from "../errors.js";
/** The kinds of `InputError` the engine raises. */
export type QueryErrorKind = "syntax" | "semantic" | "unsupported" | "runtime";
/** A 1-based line and column in the query text, with that line's text. */
export interface QueryPosition {
    readonly line: number;
    readonly column: number;
    readonly sourceLine: string;
}
/** Converts a character offset in `text` to a 1-based line and column. */
export declare function positionAt(text: string, offset: number): QueryPosition;
/**
 * Creates an `InputError` placed at an offset of the query text. Lines and
 * columns are relative to the query; the rule loader re-bases them.
 */
export declare function queryError(text: string, offset: number, message: string, kind: QueryErrorKind, hint?: string): InputError;
/** The default hint for each kind of query error. */
export declare function hintFor(kind: QueryErrorKind): string;
