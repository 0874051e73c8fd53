import { lowerAs } from "../operators/as.js";
import { lowerCount } from "../operators/count.js";
import { lowerDistinct } from "../operators/distinct.js";
import { lowerEvaluate } from "../operators/evaluate.js";
import { lowerExtend } from "../operators/extend.js";
import { lowerExternalData } from "../operators/externaldata.js";
import { lowerInvoke } from "../operators/invoke.js";
import { lowerJoin } from "../operators/join.js";
import { lowerLookup } from "../operators/lookup.js";
import { lowerMakeSeries } from "../operators/make-series.js";
import { lowerMaterialize } from "../operators/materialize.js";
import { lowerMvApply } from "../operators/mv-apply.js";
import { lowerMvExpand } from "../operators/mv-expand.js";
import { lowerParse } from "../operators/parse.js";
import { lowerDatatable, lowerPrint } from "../operators/print.js";
import {
  lowerProject,
  lowerProjectByName,
  lowerProjectRename,
} from "../operators/project.js";
import { lowerRange } from "../operators/range.js";
import { lowerSerialize } from "../operators/serialize.js";
import { lowerSort } from "../operators/sort.js";
import { lowerSummarize } from "../operators/summarize.js";
import { lowerTake } from "../operators/take.js";
import { lowerTop } from "../operators/top.js";
import { lowerUnion } from "../operators/union.js";
import { lowerWhere } from "../operators/where.js";
import type { TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf, symbolClassOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import { conformColumns } from "./conform.js";
import { columnsOfNode, errorAt, offsetOf } from "./context.js";
import type { LowerContext } from "./context.js";
import { pushFilterIntoJoin } from "./filter-pushdown.js";
import { bindParameters, userFunctionBody } from "./function-call.js";
import { lowerScalar } from "./scalar.js";
import { constantOf, lowerStatements } from "./statements.js";

type OperatorLowering = (
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
) => TabularPlan;

type SourceLowering = (
  node: SyntaxNode,
  input: undefined,
  context: LowerContext,
) => TabularPlan;

/**
 * The tabular operators the engine supports, by syntax kind. `coverage`
 * reads the same table, so what it reports cannot drift from the code.
 */
export const TABULAR_OPERATORS: Readonly<Record<string, OperatorLowering>> = {
  FilterOperator: lowerWhere,
  ExtendOperator: lowerExtend,
  ProjectOperator: lowerProject,
  ProjectAwayOperator: lowerProjectByName("project-away"),
  ProjectKeepOperator: lowerProjectByName("project-keep"),
  ProjectReorderOperator: lowerProjectByName("project-reorder"),
  ProjectRenameOperator: lowerProjectRename,
  SummarizeOperator: lowerSummarize,
  JoinOperator: lowerJoin,
  LookupOperator: lowerLookup,
  UnionOperator: lowerUnion,
  TakeOperator: lowerTake,
  SortOperator: lowerSort,
  TopOperator: lowerTop,
  DistinctOperator: lowerDistinct,
  CountOperator: lowerCount,
  SerializeOperator: lowerSerialize,
  MvExpandOperator: lowerMvExpand,
  MvApplyOperator: lowerMvApply,
  MakeSeriesOperator: lowerMakeSeries,
  ParseOperator: lowerParse(false),
  ParseWhereOperator: lowerParse(true),
  EvaluateOperator: lowerEvaluate,
  AsOperator: lowerAs,
  InvokeOperator: lowerInvoke,
};

/** Operators that can start a query, with no input. */
export const SOURCE_OPERATORS: Readonly<Record<string, SourceLowering>> = {
  PrintOperator: lowerPrint,
  RangeOperator: lowerRange,
  UnionOperator: lowerUnion,
};

/** Other tabular expressions that `lowerTabular` handles, by syntax kind. */
export const TABULAR_EXPRESSIONS: Readonly<Record<string, string>> = {
  DataTableExpression: "datatable",
  ExternalDataExpression: "externaldata",
  MaterializeExpression: "materialize",
  ToTableExpression: "totable",
};

/** Lowers a tabular expression: a table, a `let` name, a pipe, a call. */
export function lowerTabular(
  node: SyntaxNode,
  context: LowerContext,
): TabularPlan {
  const kind = kindOf(node);
  switch (kind) {
    case "PipeExpression":
      return lowerPipe(node, context);
    case "ParenthesizedExpression":
    case "ToTableExpression":
      return lowerTabular(node.Expression, context);
    case "NameReference":
      return lowerTabularName(node, context);
    case "FunctionCallExpression":
      return lowerTabularCall(node, context);
    case "DataTableExpression":
      return lowerDatatable(node, context);
    case "ExternalDataExpression":
      return lowerExternalData(node, context);
    case "MaterializeExpression":
      return lowerMaterialize(node, context);
    default:
      return lowerLeadingOperator(kind, node, context);
  }
}

/**
 * Lowers an operator that starts a pipe: a source such as `print`, or the
 * first operator of a subquery, which reads the subquery's input.
 */
function lowerLeadingOperator(
  kind: string,
  node: SyntaxNode,
  context: LowerContext,
): TabularPlan {
  if (kind in SOURCE_OPERATORS) {
    return SOURCE_OPERATORS[kind](node, undefined, context);
  }
  const input = context.implicitInput;
  if (input && kind in TABULAR_OPERATORS) {
    const inner = { ...context, implicitInput: undefined, row: input.columns };
    return TABULAR_OPERATORS[kind](node, input, inner);
  }
  throw errorAt(context, node, unsupportedOperatorMessage(node));
}

/**
 * Operators whose output has their input's columns, as the plan gives them.
 * The others take their output columns from Kusto.Language.
 */
const PASS_THROUGH_OPERATORS: ReadonlySet<string> = new Set([
  "FilterOperator",
  "SortOperator",
  "TakeOperator",
  "TopOperator",
  "AsOperator",
]);

function lowerPipe(node: SyntaxNode, context: LowerContext): TabularPlan {
  const lowered = lowerTabular(node.Expression, context);
  const operator = node.Operator;
  const operatorKind = kindOf(operator);
  const lower = TABULAR_OPERATORS[operatorKind];
  if (!lower) {
    throw errorAt(context, operator, unsupportedOperatorMessage(operator));
  }

  const input = PASS_THROUGH_OPERATORS.has(operatorKind)
    ? lowered
    : conformColumns(lowered, node.Expression);
  const inner = { ...context, implicitInput: undefined, row: input.columns };
  return pushFilterIntoJoin(lower(operator, input, inner));
}

/** Returns the message for an operator the engine does not support. */
export function unsupportedOperatorMessage(node: SyntaxNode): string {
  return `the operator '${operatorName(node)}' is not supported yet`;
}

/** Returns the KQL name of an operator node: its first token (`mv-apply`). */
export function operatorName(node: SyntaxNode): string {
  const token = node.GetFirstToken?.();
  const text = token ? String(token.Text) : kindOf(node);
  return text.toLowerCase();
}

function lowerTabularName(
  node: SyntaxNode,
  context: LowerContext,
): TabularPlan {
  const name = nameOf(node);
  const binding = context.scope.lookup(name);
  if (binding?.kind === "tabular") return binding.plan;

  if (symbolClassOf(node.ReferencedSymbol) === "TableSymbol") {
    return tablePlan(name, node, context);
  }
  const body = userFunctionBody(node);
  if (body) return lowerTabularBody(node, body, [], context);
  throw errorAt(context, node, `unknown table or function '${name}'`, "semantic");
}

/** Returns a read of a database table, recording its name. */
function tablePlan(
  name: string,
  node: SyntaxNode,
  context: LowerContext,
): TabularPlan {
  if (!context.state.tables.includes(name)) context.state.tables.push(name);
  const columns = columnsOfNode(context, node);
  return { kind: "table", offset: offsetOf(context, node), columns, name };
}

function lowerTabularCall(
  node: SyntaxNode,
  context: LowerContext,
): TabularPlan {
  const args = elementsOf(node.ArgumentList.Expressions);
  const body = userFunctionBody(node);
  if (body) return lowerTabularBody(node, body, args, context);

  const name = String(node.ReferencedSymbol?.Name ?? "");
  if (name === "table" && args.length === 1) {
    return lowerTableFunction(node, args[0], context);
  }
  throw errorAt(context, node, `the function '${name}' is not supported yet`);
}

/** `table(Name)`: the table or tabular `let` named by a constant string. */
function lowerTableFunction(
  node: SyntaxNode,
  argument: SyntaxNode,
  context: LowerContext,
): TabularPlan {
  const name = constantOf(lowerScalar(argument, { ...context, row: [] }));
  if (!name.known || typeof name.value !== "string") {
    const message = "the argument of table() must be a constant string";
    throw errorAt(context, argument, message, "semantic");
  }
  const binding = context.scope.lookup(name.value);
  if (binding?.kind === "tabular") return binding.plan;
  return tablePlan(name.value, node, context);
}

function lowerTabularBody(
  node: SyntaxNode,
  body: SyntaxNode,
  args: SyntaxNode[],
  context: LowerContext,
): TabularPlan {
  const inner = bindParameters(node, args, { ...context, row: [] });
  const scoped = lowerStatements(body.Statements, inner);
  return lowerTabular(body.Expression, scoped);
}
