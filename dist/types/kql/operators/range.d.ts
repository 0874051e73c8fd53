import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { RangePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `range Name from Start to Stop step Step`
 * (learn.microsoft.com/kusto/query/range-operator): Start, Start + Step,
 * ... up to and including Stop. A step of the wrong sign gives no rows.
 */
export declare function lowerRange(node: SyntaxNode, _input: undefined, context: LowerContext): RangePlan;
export declare function compileRange(plan: RangePlan, compiler: Compiler): TableFunction;
