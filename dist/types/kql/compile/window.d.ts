import type { RowWindowPlan } from "../plan/types.js";
import type { Column } from "../types.js";
import type { Compiler, RowFunction } from "./types.js";
/**
 * Compiles the window functions, which read the position the operator
 * records in `runtime.window`: `row_number`, `prev`, `next`, `row_cumsum`
 * and `row_window_session`
 * (https://learn.microsoft.com/kusto/query/window-functions).
 */
export declare function compileWindow(plan: RowWindowPlan, columns: readonly Column[], compiler: Compiler): RowFunction;
