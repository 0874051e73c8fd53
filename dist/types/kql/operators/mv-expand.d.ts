import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { MvExpandPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column } from "../types.js";
/**
 * `mv-expand [kind=bag|array] [with_itemindex=I] Col [to typeof(T)], ...
 * [limit N]` (learn.microsoft.com/kusto/query/mv-expand-operator): one row
 * per element, several expressions expanded in parallel with nulls for the
 * shorter ones. A null expands to one row, an empty array or bag to none.
 * Bags expand to one-entry bags (`kind=bag`) or `[key, value]` pairs.
 */
export declare function lowerMvExpand(node: SyntaxNode, input: TabularPlan, context: LowerContext): MvExpandPlan;
/**
 * Lowers the expansion part of `mv-expand` or `mv-apply` over `input`,
 * producing `columns`. An unnamed expression other than a column, such as
 * `A.b`, gets the name Kusto.Language gave its new column (`A_b`).
 */
export declare function lowerExpansion(node: SyntaxNode, input: TabularPlan, columns: readonly Column[], context: LowerContext): MvExpandPlan;
export declare function compileMvExpand(plan: MvExpandPlan, compiler: Compiler): TableFunction;
