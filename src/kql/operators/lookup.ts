import { conformColumns } from "../lower/conform.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { JoinPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import { joinKindOf, lowerConditions } from "./join.js";

/**
 * `lookup [kind=leftouter|inner] (Dimension) on Keys`
 * (learn.microsoft.com/kusto/query/lookup-operator): a join whose output
 * has the left columns, then the right columns other than the right keys.
 * It compiles as a join.
 */
export function lowerLookup(
  node: SyntaxNode,
  left: TabularPlan,
  context: LowerContext,
): JoinPlan {
  const joinKind = joinKindOf(node, context, "leftouter");
  if (joinKind !== "leftouter" && joinKind !== "inner") {
    const message = `the lookup kind '${joinKind}' is not supported`;
    throw errorAt(context, node, message, "semantic");
  }
  const lowered = context.lowerTabular(node.Expression, withRow(context, []));
  const right = conformColumns(lowered, node.Expression);
  const keys = lowerConditions(node.LookupClause, left, right, context);
  const keyNames = new Set(
    keys.rightKeys.flatMap((key) => (key.kind === "column" ? [key.name] : [])),
  );
  const rightSources = right.columns.flatMap((column, index) =>
    keyNames.has(column.name) ? [] : [{ side: "right" as const, index }],
  );
  const sources = [
    ...left.columns.map((_, index) => ({ side: "left" as const, index })),
    ...rightSources,
  ];
  const columns = columnsOfNode(context, node);
  if (sources.length !== columns.length) {
    const message = "the columns of this lookup could not be matched to its inputs";
    throw errorAt(context, node, message);
  }
  return {
    kind: "join",
    joinKind,
    operator: "lookup",
    offset: offsetOf(context, node),
    columns,
    left,
    right,
    ...keys,
    sources,
  };
}
