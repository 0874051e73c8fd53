import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { TabularPlan, UnionPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `union [kind=inner|outer] [withsource=Name] T1, T2, ...` and
 * `T | union ...` (learn.microsoft.com/kusto/query/union-operator): the
 * rows of every input, each output column taken from the input column of
 * the same name. Kusto.Language names a column whose type differs between
 * inputs `Name_type`.
 */
export declare function lowerUnion(node: SyntaxNode, input: TabularPlan | undefined, context: LowerContext): UnionPlan;
export declare function compileUnion(plan: UnionPlan, compiler: Compiler): TableFunction;
