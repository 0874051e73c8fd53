import type { ScalarPlan } from "../plan/types.js";
import type { Column } from "../types.js";
import type { Compiler, RowFunction, RowMemo } from "./types.js";
/**
 * Compiles a scalar expression over rows of `columns` into a closure.
 * Column names resolve to indexes here, once. With a `memo`, calls that
 * have a slot in it run once per row.
 */
export declare function compileScalar(plan: ScalarPlan, columns: readonly Column[], compiler: Compiler, memo?: RowMemo): RowFunction;
