import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { JoinKind, JoinPlan, ScalarPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `join kind=K (Right) on Key, $left.A == $right.B`
 * (learn.microsoft.com/kusto/query/join-operator). The output has the left
 * columns, then the right ones, and a right column whose name is taken
 * gets a number (`User1`). Semi and anti joins output one side only.
 */
export declare function lowerJoin(node: SyntaxNode, left: TabularPlan, context: LowerContext): JoinPlan;
/** Reads `kind=` among the operator's parameters; hints are ignored. */
export declare function joinKindOf(node: SyntaxNode, context: LowerContext, fallback?: JoinKind): JoinKind;
/**
 * Splits `on` conditions into the key expressions of each side: `Col`
 * names a column of both sides, `$left.A == $right.B` one of each, and
 * `and` or commas combine them.
 */
export declare function lowerConditions(clause: SyntaxNode, left: TabularPlan, right: TabularPlan, context: LowerContext): {
    leftKeys: ScalarPlan[];
    rightKeys: ScalarPlan[];
};
/**
 * Compiles a join as a hash join on the keys.
 *
 * NOTE: a null key matches nothing, as `==` on nulls is not true; the join
 * pages do not say how Kusto treats null keys.
 */
export declare function compileJoin(plan: JoinPlan, compiler: Compiler): TableFunction;
