import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { MaterializePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `materialize(T)` (learn.microsoft.com/kusto/query/materialize-function):
 * `T` is evaluated once per evaluation, however often the query reads it.
 */
export declare function lowerMaterialize(node: SyntaxNode, context: LowerContext): MaterializePlan;
export declare function compileMaterialize(plan: MaterializePlan, compiler: Compiler): TableFunction;
