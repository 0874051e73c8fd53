import { InputError } from "../../errors.js";
import { positionAt } from "../query-errors.js";
import type { Compiler } from "./types.js";

/**
 * Places an `InputError` that has no line at `offset` of the query, so
 * that an error a built-in raises points at its call. Other errors pass.
 */
export function placed(
  compiler: Compiler,
  offset: number,
  error: unknown,
): unknown {
  if (!(error instanceof InputError) || error.line !== undefined) return error;
  const position = positionAt(compiler.text, offset);
  return new InputError(error.message, {
    line: position.line,
    column: position.column,
    sourceLine: position.sourceLine,
    hint: error.hint,
    kind: error.kind,
  });
}

/** Runs `compute`, placing an unplaced `InputError` it throws at `offset`. */
export function guard<T>(
  compiler: Compiler,
  offset: number,
  compute: () => T,
): T {
  try {
    return compute();
  } catch (error: unknown) {
    throw placed(compiler, offset, error);
  }
}

/** Creates an `InputError` of kind `kind` placed at `offset`. */
export function placedError(
  compiler: Compiler,
  offset: number,
  message: string,
  kind: string,
  hint?: string,
): unknown {
  return placed(compiler, offset, new InputError(message, { kind, hint }));
}
