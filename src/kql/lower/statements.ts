import type { ScalarPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Value } from "../types.js";
import { errorAt, offsetOf, readsRow, subqueryContext } from "./context.js";
import type { LowerContext } from "./context.js";
import { lowerScalar } from "./scalar.js";

/** A constant's value, when a plan has one. */
export type Constant = { known: true; value: Value } | { known: false };

/**
 * Lowers the `let` statements of a query or function body into bindings
 * of a new scope, and returns the context that resolves them. Function
 * declarations bind nothing: each call is lowered from the body that
 * Kusto.Language expands for it.
 */
export function lowerStatements(
  list: SyntaxNode,
  context: LowerContext,
): LowerContext {
  const scoped = { ...context, scope: context.scope.child() };
  for (const statement of elementsOf(list)) {
    const kind = kindOf(statement);
    if (kind === "LetStatement") {
      lowerLet(statement, scoped);
    } else if (kind !== "ExpressionStatement") {
      const message = `the statement '${describe(kind)}' is not supported yet`;
      throw errorAt(scoped, statement, message);
    }
  }
  return scoped;
}

/** Returns the expression of the last expression statement of a list. */
export function queryExpressionOf(list: SyntaxNode): SyntaxNode | undefined {
  const statements = elementsOf(list).filter(
    (statement) => kindOf(statement) === "ExpressionStatement",
  );
  return statements[statements.length - 1]?.Expression;
}

/**
 * Binds a `let` name. A scalar that reads the row, which only a `let` in a
 * function body called per row can do (`let y = x * 2;` with a column
 * argument `x`), is bound to its expression, so it is computed per row.
 * Other scalars are computed once per evaluation.
 */
function lowerLet(statement: SyntaxNode, context: LowerContext): void {
  const name = nameOf(statement.Name);
  const expression = statement.Expression;
  if (kindOf(expression) === "FunctionDeclaration") return;

  if (expression.ResultType?.Columns) {
    const plan = context.lowerTabular(expression, subqueryContext(context));
    context.scope.bind(name, { kind: "tabular", plan });
    return;
  }
  const lowered = lowerScalar(expression, context);
  if (readsRow(lowered)) {
    context.scope.bind(name, { kind: "scalar", plan: lowered });
    return;
  }
  const offset = offsetOf(context, statement);
  const plan = variableOf(name, lowered, offset, context);
  context.scope.bind(name, { kind: "scalar", plan });
}

/**
 * Wraps a `let` scalar in a variable node. A constant one is recorded in
 * the plan's constants, unless it is local to a function body.
 */
function variableOf(
  name: string,
  expression: ScalarPlan,
  offset: number,
  context: LowerContext,
): ScalarPlan {
  const constant = constantOf(expression);
  if (constant.known && context.callOffset === undefined) {
    const { type } = expression;
    context.state.constants.push({ name, offset, type, value: constant.value });
  }
  return {
    kind: "variable",
    offset,
    type: expression.type,
    name,
    id: context.state.nextId++,
    expression,
    ...(constant.known ? { value: constant.value } : {}),
  };
}

/** Returns the value of a literal or of a variable bound to a constant. */
export function constantOf(plan: ScalarPlan): Constant {
  if (plan.kind === "literal") return { known: true, value: plan.value };
  if (plan.kind === "variable" && "value" in plan) {
    return { known: true, value: plan.value ?? null };
  }
  return { known: false };
}

function describe(kind: string): string {
  const words = kind.replace(/Statement$/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
  return words.toLowerCase();
}
