import { findScalar } from "../functions/registry.js";
import { isLiteral, readLiteral } from "../literals.js";
import type { ScalarPlan, TabularPlan } from "../plan/types.js";
import {
  elementsOf,
  kindOf,
  nameOf,
  scalarTypeOf,
  symbolClassOf,
} from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import {
  errorAt,
  offsetOf,
  readsRow,
  subqueryContext,
  typeOfNode,
} from "./context.js";
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
export function lowerScalar(
  node: SyntaxNode,
  context: LowerContext,
): ScalarPlan {
  const kind = kindOf(node);
  if (isLiteral(node)) {
    const literal = readLiteral(node);
    if (!literal.ok) throw errorAt(context, node, literal.reason, "semantic");
    const offset = offsetOf(context, node);
    return { kind: "literal", offset, type: literal.type, value: literal.value };
  }
  if (kind in BINARY_OPERATORS) {
    if (kindOf(node.Left) === "StarExpression") return lowerStar(node, context);
    const left = lowerScalar(node.Left, context);
    const right = lowerScalar(node.Right, context);
    return callPlan(context, node, BINARY_OPERATORS[kind], [left, right]);
  }
  if (kind in LIST_OPERATORS) return lowerListOperator(node, context);
  if (kind in RANGE_OPERATORS) return lowerBetween(node, context);
  return lowerOther(kind, node, context);
}

function lowerOther(
  kind: string,
  node: SyntaxNode,
  context: LowerContext,
): ScalarPlan {
  switch (kind) {
    case "ParenthesizedExpression":
    case "UnaryPlusExpression":
      return lowerScalar(node.Expression, context);
    case "AndExpression":
      return lowerLogical("and", node, context);
    case "OrExpression":
      return lowerLogical("or", node, context);
    case "UnaryMinusExpression":
      return lowerNegate(node, context);
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
    case "TypeOfLiteralExpression":
      return lowerTypeOf(node, context);
    default:
      throw errorAt(context, node, unsupportedMessage(kind, node));
  }
}

function unsupportedMessage(kind: string, node: SyntaxNode): string {
  const operator = node.Operator?.Text;
  if (operator) return `the operator '${String(operator)}' is not supported yet`;
  return `the expression '${describe(kind)}' is not supported yet`;
}

/** Builds a call of a registry function, or raises `unsupported`. */
export function callPlan(
  context: LowerContext,
  node: SyntaxNode,
  name: string,
  args: readonly ScalarPlan[],
): ScalarPlan {
  if (!findScalar(name)) {
    const isWord = /^[a-z_]/.test(name) && !name.includes(" ");
    const what = isWord ? "function" : "operator";
    throw errorAt(context, node, `the ${what} '${name}' is not supported yet`);
  }
  const offset = offsetOf(context, node);
  return { kind: "call", offset, type: typeOfNode(context, node), name, args };
}

/**
 * The string operators that take `*` for every column, those the search
 * page gives as the meaning of its terms
 * (learn.microsoft.com/kusto/query/search-operator).
 */
const STAR_OPERATORS: ReadonlySet<string> = new Set([
  "has",
  "has_cs",
  "hasprefix",
  "hasprefix_cs",
  "hassuffix",
  "hassuffix_cs",
  "contains",
  "contains_cs",
  "matches regex",
]);

/**
 * `* has "term"`: true when any column of the row has the term
 * (learn.microsoft.com/kusto/query/where-operator). Every input column
 * counts, a non-string one by its `tostring` text, so a null never matches
 * a non-empty term. A row without columns gives false.
 */
function lowerStar(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const name = BINARY_OPERATORS[kindOf(node)];
  if (!STAR_OPERATORS.has(name)) {
    const message = `'* ${name}' is not supported yet; '*' works with has, hasprefix, hassuffix, contains, their _cs forms and matches regex`;
    throw errorAt(context, node, message);
  }
  const term = lowerScalar(node.Right, context);
  const offset = offsetOf(context, node);
  const tests = context.row.map((column) => {
    const value: ScalarPlan = { kind: "column", offset, ...column };
    if (column.type === "string") {
      return callPlan(context, node, name, [value, term]);
    }
    const text: ScalarPlan = {
      kind: "call",
      offset,
      type: "string",
      name: "tostring",
      args: [value],
    };
    return callPlan(context, node, name, [text, term]);
  });
  if (tests.length === 0) {
    return { kind: "literal", offset, type: "bool", value: false };
  }
  return tests.reduce((left, right) => ({
    kind: "or",
    offset,
    type: "bool",
    args: [left, right],
  }));
}

function lowerLogical(
  kind: "and" | "or",
  node: SyntaxNode,
  context: LowerContext,
): ScalarPlan {
  const args = [lowerScalar(node.Left, context), lowerScalar(node.Right, context)];
  return { kind, offset: offsetOf(context, node), type: "bool", args };
}

/** Folds `-literal` into a literal; other operands call `negate`. */
function lowerNegate(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const operand = lowerScalar(node.Expression, context);
  if (operand.kind === "literal") {
    const value = operand.value;
    if (typeof value === "number") return { ...operand, value: -value };
    if (typeof value === "bigint") return { ...operand, value: -value };
  }
  return callPlan(context, node, "negate", [operand]);
}

function lowerName(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const symbolClass = symbolClassOf(node.ReferencedSymbol);
  const name = nameOf(node);
  if (symbolClass === "ColumnSymbol") {
    const type = typeOfNode(context, node);
    return { kind: "column", offset: offsetOf(context, node), type, name };
  }
  if (symbolClass === "VariableSymbol" || symbolClass === "ParameterSymbol") {
    const binding = context.scope.lookup(name);
    if (binding?.kind === "scalar") return binding.plan;
    if (binding?.kind === "row") {
      const message = `this subquery cannot read '${name}', which has a value per row, because it runs once per query; join the tables instead`;
      throw errorAt(context, node, message, "semantic");
    }
  }
  throw errorAt(context, node, `the name '${name}' is not supported here yet`);
}

/**
 * `a.b`: a `$left`/`$right` column in a join, else a dynamic member. The
 * member is a name (`a.b`, `a.['b c']`), or in `a.[expression]` the value
 * of an expression, such as a function parameter.
 */
function lowerPath(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const container = node.Expression;
  const side = kindOf(container) === "NameReference" ? nameOf(container) : "";
  if (side === "$left" || side === "$right") {
    const type = typeOfNode(context, node);
    const name = nameOf(node.Selector);
    return { kind: "column", offset: offsetOf(context, node), type, name };
  }
  const selector = node.Selector;
  const key: ScalarPlan =
    kindOf(selector) === "NameReference"
      ? {
          kind: "literal",
          offset: offsetOf(context, selector),
          type: "string",
          value: nameOf(selector),
        }
      : lowerScalar(unbracket(selector), context);
  return callPlan(context, node, ".", [lowerScalar(container, context), key]);
}

function lowerElement(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const container = lowerScalar(node.Expression, context);
  const index = lowerScalar(unbracket(node.Selector), context);
  return callPlan(context, node, "[]", [container, index]);
}

function unbracket(selector: SyntaxNode): SyntaxNode {
  return kindOf(selector) === "BracketedExpression" ? selector.Expression : selector;
}

/**
 * `x in (a, b)`, `x in (T | project c)`, `x has_any (list)`: a tabular
 * item becomes the array of its first column's values.
 */
function lowerListOperator(
  node: SyntaxNode,
  context: LowerContext,
): ScalarPlan {
  const items = elementsOf(node.Right.Expressions).map((item): ScalarPlan => {
    if (!item.ResultType?.Columns) return lowerScalar(item, context);
    const input = context.lowerTabular(item, subqueryContext(context));
    return {
      kind: "column-array",
      offset: offsetOf(context, item),
      type: "dynamic",
      id: context.state.nextId++,
      input,
    };
  });
  const name = LIST_OPERATORS[kindOf(node)];
  const left = lowerScalar(node.Left, context);
  return callPlan(context, node, name, [left, ...items]);
}

function lowerBetween(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const couple = node.Right;
  return callPlan(context, node, RANGE_OPERATORS[kindOf(node)], [
    lowerScalar(node.Left, context),
    lowerScalar(couple.First, context),
    lowerScalar(couple.Second, context),
  ]);
}

/**
 * `toscalar(T)`, computed once per evaluation, and `toscalar(scalar)`, the
 * scalar itself (learn.microsoft.com/kusto/query/toscalar-function).
 */
function lowerToScalar(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const subquery = subqueryContext(context);
  const input = node.Expression.ResultType?.Columns
    ? context.lowerTabular(node.Expression, subquery)
    : printOf(node.Expression, subquery);
  return {
    kind: "toscalar",
    offset: offsetOf(context, node),
    type: input.columns[0]?.type ?? "dynamic",
    id: context.state.nextId++,
    input,
  };
}

/**
 * `typeof(int)`, an argument of `extract` that names the result type:
 * the type's name as a string. The call's result type, which
 * Kusto.Language infers from it, is what converts the value.
 */
function lowerTypeOf(node: SyntaxNode, context: LowerContext): ScalarPlan {
  const type = scalarTypeOf(node.ReferencedSymbol);
  if (!type) {
    const written = String(node.ReferencedSymbol?.Name ?? "unknown");
    throw errorAt(context, node, `the type '${written}' is not supported yet`);
  }
  const offset = offsetOf(context, node);
  return { kind: "literal", offset, type: "string", value: type };
}

/** Returns `print value`, so that `toscalar(value)` is computed once. */
function printOf(node: SyntaxNode, context: LowerContext): TabularPlan {
  const value = lowerScalar(node, context);
  if (readsRow(value)) {
    const message = "toscalar() cannot read a value per row, because it runs once per query; join the tables instead";
    throw errorAt(context, node, message, "semantic");
  }
  return {
    kind: "values",
    operator: "print",
    offset: value.offset,
    columns: [{ name: "print_0", type: value.type }],
    rows: [[value]],
  };
}

function describe(kind: string): string {
  const words = kind.replace(/Expression$/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
  return words.toLowerCase();
}
