import type { ScalarPlan, WindowKind } from "./types.js";
/** Returns the scalar operands of a scalar plan node, not of nested tables. */
export declare function scalarChildren(plan: ScalarPlan): readonly ScalarPlan[];
/** Tells whether any node of a scalar plan satisfies `test`. */
export declare function someScalar(plan: ScalarPlan, test: (node: ScalarPlan) => boolean): boolean;
/** The kinds of window functions, which read the row's position. */
export declare const WINDOW_KINDS: readonly WindowKind[];
/** Tells whether expressions read the row's position (`prev`, `row_number`). */
export declare function usesWindow(plans: readonly ScalarPlan[]): boolean;
