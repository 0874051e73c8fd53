import type { ScalarPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import { errorAt, offsetOf, withRow } from "./context.js";
import type { LowerContext } from "./context.js";
import { lowerScalar } from "./scalar.js";

/**
 * Lowers the `let` statements of a query or function body into bindings of
 * a new scope, and returns the context that sees them. Function
 * declarations bind nothing: each call is lowered from the body that
 * Kusto.Language expands for it.
 */
export function lowerStatements(list: SyntaxNode, context: LowerContext): LowerContext {
  const scoped = { ...context, scope: context.scope.child() };
  for (const statement of elementsOf(list)) {
    const kind = kindOf(statement);
    if (kind === "LetStatement") lowerLet(statement, scoped);
    else if (kind !== "ExpressionStatement") {
      throw errorAt(scoped, statement, `the statement '${describe(kind)}' is not supported yet`);
    }
  }
  return scoped;
}

/** Returns the last expression statement of a query block's statements. */
export function queryExpressionOf(list: SyntaxNode): SyntaxNode | undefined {
  const statements = elementsOf(list).filter(
    (statement) => kindOf(statement) === "ExpressionStatement",
  );
  return statements[statements.length - 1]?.Expression;
}

function lowerLet(statement: SyntaxNode, context: LowerContext): void {
  const name = nameOf(statement.Name);
  const expression = statement.Expression;
  if (kindOf(expression) === "FunctionDeclaration") return;

  if (expression.ResultType?.Columns) {
    const plan = context.lowerTabular(expression, withRow(context, []));
    context.scope.bind(name, { kind: "tabular", plan });
    return;
  }
  const lowered = lowerScalar(expression, withRow(context, []));
  const plan = variableOf(name, lowered, offsetOf(context, statement), context);
  context.scope.bind(name, { kind: "scalar", plan });
}

function variableOf(
  name: string,
  expression: ScalarPlan,
  offset: number,
  context: LowerContext,
): ScalarPlan {
  const value = constantOf(expression);
  if (value.known && context.callOffset === undefined) {
    context.state.constants.push({ name, offset, type: expression.type, value: value.value });
  }
  return {
    kind: "variable",
    offset,
    type: expression.type,
    name,
    id: context.state.nextId++,
    expression,
    ...(value.known ? { value: value.value } : {}),
  };
}

/** The value of a literal or of a variable bound to a constant. */
export function constantOf(plan: ScalarPlan): { known: true; value: import("../types.js").Value } | { known: false } {
  if (plan.kind === "literal") return { known: true, value: plan.value };
  if (plan.kind === "variable" && "value" in plan) return { known: true, value: plan.value ?? null };
  return { known: false };
}

function describe(kind: string): string {
  return kind.replace(/Statement$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
