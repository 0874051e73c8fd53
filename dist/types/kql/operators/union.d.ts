import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { TabularPlan, UnionPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `union [kind=inner|outer] [withsource=Name] [isfuzzy=true] T1, T2, ...`
 * and `T | union ...` (learn.microsoft.com/kusto/query/union-operator): the
 * rows of every input, each output column filled from the input columns of
 * its name and type. With `isfuzzy=true`, an input whose table or view does
 * not exist is left out, as Kusto leaves it out with a warning.
 */
export declare function lowerUnion(node: SyntaxNode, input: TabularPlan | undefined, context: LowerContext): UnionPlan;
export declare function compileUnion(plan: UnionPlan, compiler: Compiler): TableFunction;
