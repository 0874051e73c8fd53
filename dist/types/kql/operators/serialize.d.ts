import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { SerializePlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `serialize [Name = Expression, ...]`
 * (learn.microsoft.com/kusto/query/serialize-operator): keeps the row
 * order so that `prev`, `next` and `row_number` can be used, and extends
 * like `extend`.
 */
export declare function lowerSerialize(node: SyntaxNode, input: TabularPlan, context: LowerContext): SerializePlan;
export declare function compileSerialize(plan: SerializePlan, compiler: Compiler): TableFunction;
