import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerNamedExpressions, writtenExpressions } from "../lower/named.js";
import type {
  NamedExpression,
  ProjectPlan,
  TabularPlan,
} from "../plan/types.js";
import { usesWindow } from "../plan/visit.js";
import { kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import { mapRows } from "./rows.js";

type ProjectLowering = (
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
) => ProjectPlan;

/**
 * `project Name = Expression, Column, ...`
 * (learn.microsoft.com/kusto/query/project-operator): the listed columns,
 * in order.
 */
export function lowerProject(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): ProjectPlan {
  const columns = columnsOfNode(context, node);
  const items = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns,
    false,
  );
  const offset = offsetOf(context, node);
  return { kind: "project", operator: "project", offset, columns, input, items };
}

/**
 * `project-away`, `project-keep` and `project-reorder`, wildcards included
 * (learn.microsoft.com/kusto/query/project-away-operator and the pages of
 * the others). Kusto.Language has already worked out the output columns,
 * so each one is the input column of the same name.
 */
export function lowerProjectByName(operator: string): ProjectLowering {
  return (node, input, context) => {
    const columns = columnsOfNode(context, node);
    const offset = offsetOf(context, node);
    const items: NamedExpression[] = columns.map(({ name, type }) => ({
      name,
      expression: { kind: "column", offset, type, name },
    }));
    return { kind: "project", operator, offset, columns, input, items };
  };
}

/**
 * `project-rename New = Old, ...`
 * (learn.microsoft.com/kusto/query/project-rename-operator): renames
 * columns and keeps their positions.
 */
export function lowerProjectRename(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): ProjectPlan {
  const renames = new Map<string, string>();
  for (const written of writtenExpressions(node.Expressions, context)) {
    const { name, expression } = written;
    if (name && kindOf(expression) === "NameReference") {
      renames.set(name, nameOf(expression));
    }
  }
  const columns = columnsOfNode(context, node);
  const offset = offsetOf(context, node);
  const items: NamedExpression[] = columns.map(({ name, type }) => ({
    name,
    expression: { kind: "column", offset, type, name: renames.get(name) ?? name },
  }));
  const operator = "project-rename";
  return { kind: "project", operator, offset, columns, input, items };
}

export function compileProject(
  plan: ProjectPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const items = plan.items.map((item) =>
    compiler.scalar(item.expression, plan.input.columns),
  );
  const windowed = usesWindow(plan.items.map((item) => item.expression));
  return () => {
    const rows = mapRows(input().rows, compiler.runtime, windowed, (row) =>
      items.map((item) => item(row)),
    );
    return { columns: plan.columns, rows };
  };
}
