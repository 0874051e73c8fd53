import type { LowerContext } from "../lower/context.js";
import type { TabularPlan } from "../plan/types.js";
import { nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";

/**
 * `as Name` (learn.microsoft.com/kusto/query/as-operator): binds the input
 * to a name for the rest of the query and passes it on unchanged. A
 * `materialize` node keeps the rows from being computed twice.
 */
export function lowerAs(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): TabularPlan {
  const plan: TabularPlan = {
    kind: "materialize",
    offset: input.offset,
    columns: input.columns,
    id: context.state.nextId++,
    input,
  };
  context.scope.bind(nameOf(node.Name), { kind: "tabular", plan });
  return plan;
}
