import type { CallPlan, ScalarPlan } from "../plan/types.js";
import { columnsOfTable, kindOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column } from "../types.js";
import { errorAt, offsetOf } from "./context.js";
import type { LowerContext } from "./context.js";
import { builtinName, orderedArguments } from "./function-call.js";
import { lowerScalar } from "./scalar.js";

/**
 * Reasons for functions that return several columns and that the engine
 * leaves out on purpose.
 */
const UNSUPPORTED_TUPLE_FUNCTIONS: Readonly<Record<string, string>> = {
  series_decompose_anomalies:
    "series_decompose_anomalies() is not supported: its seasonality detection and anomaly model cannot be reproduced exactly outside Kusto",
  series_decompose:
    "series_decompose() is not supported: its seasonality detection cannot be reproduced exactly outside Kusto",
  series_decompose_forecast:
    "series_decompose_forecast() is not supported: its forecasting model cannot be reproduced exactly outside Kusto",
};

/**
 * Returns the columns a call returns when it returns several
 * (`series_fit_line(y)` returns `rsquare`, `slope`, ...), or `undefined`
 * for an expression of one value.
 */
export function tupleColumns(
  expression: SyntaxNode,
  context: LowerContext,
): Column[] | undefined {
  const type = expression.ResultType;
  if (!type?.Columns || kindOf(expression) !== "FunctionCallExpression") {
    return undefined;
  }
  return columnsOfTable(type).map(({ name, type: columnType }) => {
    if (columnType) return { name, type: columnType };
    const message = `the type of column '${name}' is not supported yet`;
    throw errorAt(context, expression, message);
  });
}

/**
 * Lowers a call that returns several columns to a call whose value is the
 * array of those columns' values, in order.
 */
export function lowerTupleCall(
  node: SyntaxNode,
  context: LowerContext,
): CallPlan {
  const written = String(node.ReferencedSymbol?.Name ?? "");
  const reason = UNSUPPORTED_TUPLE_FUNCTIONS[written];
  if (reason) throw errorAt(context, node, reason);

  const name = builtinName(node.ReferencedSymbol);
  if (!name) {
    const message = `the function '${written}' is not supported yet`;
    throw errorAt(context, node, message);
  }
  const args = orderedArguments(node, context);
  return {
    kind: "call",
    offset: offsetOf(context, node),
    type: "dynamic",
    name,
    args: args.map((arg) => lowerScalar(arg, context)),
  };
}

/** Returns the expression of column `index` of a lowered tuple call. */
export function tupleElement(
  tuple: CallPlan,
  index: number,
  column: Column,
): ScalarPlan {
  const offset = tuple.offset;
  const position: ScalarPlan = { kind: "literal", offset, type: "long", value: index };
  return { kind: "call", offset, type: column.type, name: "[]", args: [tuple, position] };
}
