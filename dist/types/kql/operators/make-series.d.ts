import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { MakeSeriesPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `make-series Col = Aggregate [default = D], ... on Axis [from S] [to E]
 * step P [by Keys]`, or `on Axis in range(S, E, P)`
 * (learn.microsoft.com/kusto/query/make-series-operator). Each group gets
 * one dynamic array per aggregate, with a value per bin from S up to E
 * (exclusive) and D (default 0) where a bin has no rows, and the array of
 * bin starts named after the axis. Without `from` and `to`, each series
 * spans the bins where it has data.
 */
export declare function lowerMakeSeries(node: SyntaxNode, input: TabularPlan, context: LowerContext): MakeSeriesPlan;
export declare function compileMakeSeries(plan: MakeSeriesPlan, compiler: Compiler): TableFunction;
