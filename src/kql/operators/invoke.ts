import { errorAt } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { bindParameters, userFunctionBody } from "../lower/function-call.js";
import { lowerStatements } from "../lower/statements.js";
import type { TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";

/**
 * `invoke f(args)` (learn.microsoft.com/kusto/query/invoke-operator): calls
 * a tabular function with the input as its first argument.
 */
export function lowerInvoke(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): TabularPlan {
  const call = node.Function;
  const isCall = kindOf(call) === "FunctionCallExpression";
  const body = isCall ? userFunctionBody(call) : undefined;
  if (!body) {
    const message = "invoke of a built-in function is not supported yet";
    throw errorAt(context, node, message);
  }
  const args = [undefined, ...elementsOf(call.ArgumentList.Expressions)];
  const inner = bindParameters(call, args, { ...context, row: [] }, input);
  const scoped = lowerStatements(body.Statements, inner);
  return context.lowerTabular(body.Expression, scoped);
}
