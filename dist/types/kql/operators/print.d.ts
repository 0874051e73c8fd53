import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { TabularPlan, ValuesPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * `print Name = Expression, ...` (learn.microsoft.com/kusto/query/print-operator):
 * one row of scalar values.
 */
export declare function lowerPrint(node: SyntaxNode, input: TabularPlan | undefined, context: LowerContext): ValuesPlan;
/**
 * `datatable(Name: type, ...) [values...]`
 * (learn.microsoft.com/kusto/query/datatable-operator): the values fill
 * the rows in order, each converted to its column's type.
 */
export declare function lowerDatatable(node: SyntaxNode, context: LowerContext): ValuesPlan;
export declare function compileValues(plan: ValuesPlan, compiler: Compiler): TableFunction;
