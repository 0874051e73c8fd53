import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { SummarizePlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `summarize Aggregates by Keys`: one row per distinct key, and with no
 * `by`, one row even over no input rows
 * (learn.microsoft.com/kusto/query/summarize-operator). An aggregate inside
 * an expression (`Rate = sum(x) / count()`) goes to a hidden column, and a
 * `project` after the summarize computes the expression.
 */
export declare function lowerSummarize(node: SyntaxNode, input: TabularPlan, context: LowerContext): TabularPlan;
export declare function compileSummarize(plan: SummarizePlan, compiler: Compiler): TableFunction;
