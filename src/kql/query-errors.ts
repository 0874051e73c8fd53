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
export function positionAt(text: string, offset: number): QueryPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf("\n", clamped - 1) + 1;
  const lineEnd = text.indexOf("\n", clamped);
  const line = text.slice(0, lineStart).split("\n").length;
  const sourceLine = text
    .slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
    .replace(/\r$/, "");
  return { line, column: clamped - lineStart + 1, sourceLine };
}

/**
 * Creates an `InputError` placed at an offset of the query text. Lines and
 * columns are relative to the query; the rule loader re-bases them.
 */
export function queryError(
  text: string,
  offset: number,
  message: string,
  kind: QueryErrorKind,
  hint?: string,
): InputError {
  return new InputError(message, { ...positionAt(text, offset), kind, hint });
}

const HINTS: Record<QueryErrorKind, string> = {
  syntax: "fix the KQL syntax at this place",
  semantic: "check the names and types against the table schemas",
  unsupported:
    "rewrite the query without it, or leave this rule out of the tests until the engine supports it",
  runtime: "check the values the query receives",
};

/** The default hint for each kind of query error. */
export function hintFor(kind: QueryErrorKind): string {
  return HINTS[kind];
}
