import type { Compiler } from "./types.js";
/**
 * Places an `InputError` that has no line at `offset` of the query, so
 * that an error a built-in raises points at its call. Other errors pass.
 */
export declare function placed(compiler: Compiler, offset: number, error: unknown): unknown;
/** Runs `compute`, placing an unplaced `InputError` it throws at `offset`. */
export declare function guard<T>(compiler: Compiler, offset: number, compute: () => T): T;
/** Creates an `InputError` of kind `kind` placed at `offset`. */
export declare function placedError(compiler: Compiler, offset: number, message: string, kind: string, hint?: string): unknown;
