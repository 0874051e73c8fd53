import { lowerCount } from "../operators/count.js";
import { lowerDistinct } from "../operators/distinct.js";
import { lowerExtend } from "../operators/extend.js";
import { lowerJoin } from "../operators/join.js";
import { lowerMaterialize } from "../operators/materialize.js";
import { lowerMvExpand } from "../operators/mv-expand.js";
import { lowerDatatable, lowerPrint } from "../operators/print.js";
import { lowerProject, lowerProjectByName, lowerProjectRename } from "../operators/project.js";
import { lowerRange } from "../operators/range.js";
import { lowerSerialize } from "../operators/serialize.js";
import { lowerSort } from "../operators/sort.js";
import { lowerSummarize } from "../operators/summarize.js";
import { lowerTake } from "../operators/take.js";
import { lowerTop } from "../operators/top.js";
import { lowerUnion } from "../operators/union.js";
import { lowerWhere } from "../operators/where.js";
import type { TabularPlan } from "../plan/types.js";
import { kindOf, nameOf, symbolClassOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import { columnsOfNode, errorAt, offsetOf } from "./context.js";
import type { LowerContext } from "./context.js";
import { bindParameters, userFunctionBody } from "./function-call.js";
import { elementsOf } from "../syntax.js";
import { lowerStatements } from "./statements.js";

type OperatorLowering = (node: SyntaxNode, input: TabularPlan, context: LowerContext) => TabularPlan;

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
  TakeOperator: lowerTake,
  SortOperator: lowerSort,
  TopOperator: lowerTop,
  DistinctOperator: lowerDistinct,
  CountOperator: lowerCount,
  SerializeOperator: lowerSerialize,
  UnionOperator: lowerUnion,
  MvExpandOperator: lowerMvExpand,
};

/** Operators that can start a query, with no input. */
export const SOURCE_OPERATORS: Readonly<Record<string, (node: SyntaxNode, input: undefined, context: LowerContext) => TabularPlan>> = {
  PrintOperator: lowerPrint,
  RangeOperator: lowerRange,
  UnionOperator: lowerUnion,
};

/** Tabular expressions other than operators that `lowerTabular` handles, by syntax kind. */
export const TABULAR_EXPRESSIONS: Readonly<Record<string, string>> = {
  DataTableExpression: "datatable",
  MaterializeExpression: "materialize",
  ToTableExpression: "totable",
};

/** Lowers a tabular expression: a table, a `let` name, a pipe, a function call. */
export function lowerTabular(node: SyntaxNode, context: LowerContext): TabularPlan {
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
    case "MaterializeExpression":
      return lowerMaterialize(node, context);
    default:
      if (kind in SOURCE_OPERATORS) return SOURCE_OPERATORS[kind](node, undefined, context);
      throw errorAt(context, node, unsupportedOperatorMessage(node));
  }
}

function lowerPipe(node: SyntaxNode, context: LowerContext): TabularPlan {
  const input = lowerTabular(node.Expression, context);
  const operator = node.Operator;
  const lower = TABULAR_OPERATORS[kindOf(operator)];
  if (!lower) throw errorAt(context, operator, unsupportedOperatorMessage(operator));
  return lower(operator, input, { ...context, row: input.columns });
}

/** Returns the message for an operator the engine does not support. */
export function unsupportedOperatorMessage(node: SyntaxNode): string {
  return `the operator '${operatorName(node)}' is not supported yet`;
}

/** The KQL name of an operator node: its first token (`mv-apply`, `evaluate`). */
export function operatorName(node: SyntaxNode): string {
  const token = node.GetFirstToken?.();
  const text = token ? String(token.Text) : kindOf(node);
  return text.toLowerCase();
}

function lowerTabularName(node: SyntaxNode, context: LowerContext): TabularPlan {
  const symbol = node.ReferencedSymbol;
  const symbolClass = symbolClassOf(symbol);
  const name = nameOf(node);
  if (symbolClass === "TableSymbol" && !context.scope.lookup(name)) {
    if (!context.state.tables.includes(name)) context.state.tables.push(name);
    return { kind: "table", offset: offsetOf(context, node), columns: columnsOfNode(context, node), name };
  }
  const binding = context.scope.lookup(name);
  if (binding?.kind === "tabular") return binding.plan;

  const body = userFunctionBody(node);
  if (body) return lowerTabularBody(node, body, [], context);
  throw errorAt(context, node, `unknown table or function '${name}'`, "semantic");
}

function lowerTabularCall(node: SyntaxNode, context: LowerContext): TabularPlan {
  const body = userFunctionBody(node);
  const args = elementsOf(node.ArgumentList.Expressions);
  if (body) return lowerTabularBody(node, body, args, context);
  const name = String(node.ReferencedSymbol?.Name ?? "");
  throw errorAt(context, node, `the function '${name}' is not supported yet`);
}

function lowerTabularBody(node: SyntaxNode, body: SyntaxNode, args: SyntaxNode[], context: LowerContext): TabularPlan {
  const inner = bindParameters(node, args, { ...context, row: [] });
  const scoped = lowerStatements(body.Statements, inner);
  return lowerTabular(body.Expression, scoped);
}
