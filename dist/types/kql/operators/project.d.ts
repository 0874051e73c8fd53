import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { ProjectPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
type ProjectLowering = (node: SyntaxNode, input: TabularPlan, context: LowerContext) => ProjectPlan;
/**
 * `project Name = Expression, Column, ...`
 * (learn.microsoft.com/kusto/query/project-operator): the listed columns,
 * in order.
 */
export declare function lowerProject(node: SyntaxNode, input: TabularPlan, context: LowerContext): ProjectPlan;
/**
 * `project-away`, `project-keep` and `project-reorder`, wildcards included
 * (learn.microsoft.com/kusto/query/project-away-operator and the pages of
 * the others). Kusto.Language has already worked out the output columns,
 * so each one is the input column of the same name.
 */
export declare function lowerProjectByName(operator: string): ProjectLowering;
/**
 * `project-rename New = Old, ...`
 * (learn.microsoft.com/kusto/query/project-rename-operator): renames
 * columns and keeps their positions.
 */
export declare function lowerProjectRename(node: SyntaxNode, input: TabularPlan, context: LowerContext): ProjectPlan;
export declare function compileProject(plan: ProjectPlan, compiler: Compiler): TableFunction;
export {};
