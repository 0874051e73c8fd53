import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { SortKey, SortPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Value } from "../types.js";
/**
 * `sort by Expr [asc|desc] [nulls first|last], ...` (also `order by`).
 * The default is `desc`; nulls come first in ascending order and last in
 * descending order unless written otherwise. A real NaN sorts next to the
 * nulls, between them and the other values
 * (learn.microsoft.com/kusto/query/sort-operator).
 */
export declare function lowerSort(node: SyntaxNode, input: TabularPlan, context: LowerContext): SortPlan;
/** Lowers one ordered expression of `sort` or `top`. */
export declare function lowerSortKey(node: SyntaxNode, columns: readonly Column[], context: LowerContext): SortKey;
/** Builds a row comparator from sort keys; the sort itself is stable. */
export declare function compileComparator(keys: readonly SortKey[], columns: readonly Column[], compiler: Compiler): (a: readonly Value[], b: readonly Value[]) => number;
export declare function compileSort(plan: SortPlan, compiler: Compiler): TableFunction;
