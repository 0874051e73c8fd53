import { findAggregate, findScalar } from "../functions/registry.js";
import { readLiteral } from "../literals.js";
import type { ScalarPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf, symbolClassOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import { errorAt, offsetOf, typeOfNode } from "./context.js";
import type { LowerContext } from "./context.js";
import { lowerFunctionCall } from "./function-call.js";

/**
 * Binary operators by syntax kind, to their registry names. Kusto.Language
 * names `in~` `InCsExpression` and `in` `InExpression`.
 */
export const BINARY_OPERATORS: Readonly<Record<string, string>> = {
  EqualExpression: "==",
  NotEqualExpression: "!=",
  LessThanExpression: "<",
  LessThanOrEqualExpression: "<=",
  GreaterThanExpression: ">",
  GreaterThanOrEqualExpression: ">=",
  EqualTildeExpression: "=~",
  BangTildeExpression: "!~",
  AddExpression: "+",
  SubtractExpression: "-",
  MultiplyExpression: "*",
  DivideExpression: "/",
  ModuloExpression: "%",
  HasExpression: "has",
  NotHasExpression: "!has",
  HasCsExpression: "has_cs",
  NotHasCsExpression: "!has_cs",
  HasPrefixExpression: "hasprefix",
  NotHasPrefixExpression: "!hasprefix",
  HasPrefixCsExpression: "hasprefix_cs",
  NotHasPrefixCsExpression: "!hasprefix_cs",
  HasSuffixExpression: "hassuffix",
  NotHasSuffixExpression: "!hassuffix",
  HasSuffixCsExpression: "hassuffix_cs",
  NotHasSuffixCsExpression: "!hassuffix_cs",
  ContainsExpression: "contains",
  NotContainsExpression: "!contains",
  ContainsCsExpression: "contains_cs",
  NotContainsCsExpression: "!contains_cs",
  StartsWithExpression: "startswith",
  NotStartsWithExpression: "!startswith",
  StartsWithCsExpression: "startswith_cs",
  NotStartsWithCsExpression: "!startswith_cs",
  EndsWithExpression: "endswith",
  NotEndsWithExpression: "!endswith",
  EndsWithCsExpression: "endswith_cs",
  NotEndsWithCsExpression: "!endswith_cs",
  MatchesRegexExpression: "matches regex",
};

/** List operators, whose right side is a list of values or tables. */
export const LIST_OPERATORS: Readonly<Record<string, string>> = {
  InExpression: "in",
  NotInExpression: "!in",
  InCsExpression: "in~",
  NotInCsExpression: "!in~",
  HasAnyExpression: "has_any",
  HasAllExpression: "has_all",
};

const RANGE_OPERATORS: Readonly<Record<string, string>> = {
  BetweenExpression: "between",
  NotBetweenExpression: "!between",
};

/** Lowers a scalar expression of the current row. */
export function lowerScalar(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const kind = kindOf(node);
  const literal = readLiteral(node);
  if (literal.ok) {
    return { kind: "literal", offset: offsetOf(context, node), type: literal.type, value: literal.value };
  }
  if (kind in BINARY_OPERATORS) {
    const args = [lowerScalar(node.Left, context), lowerScalar(node.Right, context)];
    return callPlan(context, node, BINARY_OPERATORS[kind], args);
  }
  if (kind in LIST_OPERATORS) return lowerListOperator(node, context);
  if (kind in RANGE_OPERATORS) return lowerBetween(node, context);
  return lowerOther(kind, node, context);
}

function lowerOther(kind: string, node: SyntaxNode, context: LowerContext): ScalarPlan {
  switch (kind) {
    case "ParenthesizedExpression":
      return lowerScalar(node.Expression, context);
    case "AndExpression":
    case "OrExpression":
      return lowerLogical(kind === "AndExpression" ? "and" : "or", node, context);
    case "UnaryMinusExpression":
      return lowerNegate(node, context);
    case "UnaryPlusExpression":
      return lowerScalar(node.Expression, context);
    case "NameReference":
      return lowerName(node, context);
    case "PathExpression":
      return lowerPath(node, context);
    case "ElementExpression":
      return lowerElement(node, context);
    case "FunctionCallExpression":
      return lowerFunctionCall(node, context);
    case "ToScalarExpression":
      return lowerToScalar(node, context);
    default:
      if (node.Operator?.Text) {
        throw errorAt(context, node, `the operator '${String(node.Operator.Text)}' is not supported yet`);
      }
      throw errorAt(context, node, `the expression '${describe(kind)}' is not supported yet`);
  }
}

/** Builds a call of a registry function, or raises `unsupported`. */
export function callPlan(
  context: LowerContext,
  node: SyntaxNode,
  name: string,
  args: readonly ScalarPlan[],
): ScalarPlan {
  if (!findScalar(name)) {
    const what = /^[a-z_]/.test(name) && !name.includes(" ") ? "function" : "operator";
    throw errorAt(context, node, `the ${what} '${name}' is not supported yet`);
  }
  return { kind: "call", offset: offsetOf(context, node), type: typeOfNode(context, node), name, args };
}

function lowerLogical(kind: "and" | "or", node: SyntaxNode, context: LowerContext): ScalarPlan {
  const args = [lowerScalar(node.Left, context), lowerScalar(node.Right, context)];
  return { kind, offset: offsetOf(context, node), type: "bool", args };
}

function lowerNegate(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const operand = lowerScalar(node.Expression, context);
  if (operand.kind === "literal" && operand.value !== null) {
    const value = operand.value;
    if (typeof value === "number") return { ...operand, value: -value };
    if (typeof value === "bigint") return { ...operand, value: -value };
  }
  return callPlan(context, node, "negate", [operand]);
}

function lowerName(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const symbol = node.ReferencedSymbol;
  const symbolClass = symbolClassOf(symbol);
  const name = nameOf(node);
  if (symbolClass === "ColumnSymbol") {
    return { kind: "column", offset: offsetOf(context, node), type: typeOfNode(context, node), name };
  }
  if (symbolClass === "VariableSymbol" || symbolClass === "ParameterSymbol") {
    const binding = context.scope.lookup(name);
    if (binding?.kind === "scalar") return binding.plan;
  }
  throw errorAt(context, node, `the name '${name}' is not supported here yet`);
}

/** `a.b`: a `$left`/`$right` column in a join, else a dynamic member. */
function lowerPath(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const container = node.Expression;
  if (kindOf(container) === "NameReference" && /^\$(left|right)$/.test(nameOf(container))) {
    return {
      kind: "column",
      offset: offsetOf(context, node),
      type: typeOfNode(context, node),
      name: nameOf(node.Selector),
    };
  }
  const selector = node.Selector;
  const member = kindOf(selector) === "BracketedExpression" ? selector.Expression : selector;
  const key =
    kindOf(member) === "NameReference"
      ? { kind: "literal" as const, offset: offsetOf(context, member), type: "string" as const, value: nameOf(member) }
      : lowerScalar(member, context);
  return callPlan(context, node, ".", [lowerScalar(container, context), key]);
}

function lowerElement(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const selector = node.Selector;
  const index = kindOf(selector) === "BracketedExpression" ? selector.Expression : selector;
  return callPlan(context, node, "[]", [
    lowerScalar(node.Expression, context),
    lowerScalar(index, context),
  ]);
}

/**
 * `x in (a, b)`, `x in (T | project c)`, `x has_any (list)`: a tabular item
 * becomes the dynamic array of its first column.
 */
function lowerListOperator(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const items = elementsOf(node.Right.Expressions).map((item) => {
    if (!item.ResultType?.Columns) return lowerScalar(item, context);
    const input = context.lowerTabular(item, context);
    const id = context.state.nextId++;
    return { kind: "column-array" as const, offset: offsetOf(context, item), type: "dynamic" as const, id, input };
  });
  const name = LIST_OPERATORS[kindOf(node)];
  return callPlan(context, node, name, [lowerScalar(node.Left, context), ...items]);
}

function lowerBetween(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const couple = node.Right;
  return callPlan(context, node, RANGE_OPERATORS[kindOf(node)], [
    lowerScalar(node.Left, context),
    lowerScalar(couple.First, context),
    lowerScalar(couple.Second, context),
  ]);
}

function lowerToScalar(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const input = context.lowerTabular(node.Expression, { ...context, row: [] });
  const type = input.columns[0]?.type ?? "dynamic";
  return { kind: "toscalar", offset: offsetOf(context, node), type, id: context.state.nextId++, input };
}

/** Tells whether a name is an aggregation function of `summarize`. */
export function isAggregateName(name: string): boolean {
  return findAggregate(name) !== undefined;
}

function describe(kind: string): string {
  return kind.replace(/Expression$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
