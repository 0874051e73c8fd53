import type { InputError } from "../errors.js";
import { analyzeQuery } from "./analyze.js";
import type { CompileOptions } from "./api.js";
import "./functions/index.js";
import { findAggregate, findScalar } from "./functions/registry.js";
import {
  aggregateName,
  builtinName,
  userFunctionBody,
} from "./lower/function-call.js";
import { BINARY_OPERATORS, LIST_OPERATORS } from "./lower/scalar.js";
import {
  SOURCE_OPERATORS,
  TABULAR_EXPRESSIONS,
  TABULAR_OPERATORS,
  operatorName,
} from "./lower/tabular.js";
import { ROW_AGGREGATE_NAMES } from "./operators/aggregate.js";
import { EVALUATE_PLUGINS } from "./operators/evaluate.js";
import { kindOf, symbolClassOf, walk } from "./syntax.js";
import type { SyntaxNode } from "./syntax.js";

/** The features a query uses, for the `coverage` command. */
export interface FeatureReport {
  /** False when the query has syntax errors. */
  readonly parsed: boolean;
  /** Kusto.Language's error diagnostics, as input errors placed in the query. */
  readonly diagnostics: readonly InputError[];
  /** The tabular operators, functions and scalar operators used, sorted. */
  readonly used: string[];
  /** The entries of `used` the engine does not support, sorted. */
  readonly unsupported: string[];
}

const OPERATOR_SYNONYMS: Readonly<Record<string, string>> = {
  filter: "where",
  order: "sort",
  limit: "take",
  mvexpand: "mv-expand",
  mvapply: "mv-apply",
};

type ExpressionFeature = { readonly name: string; readonly supported: boolean };

const SCALAR_EXPRESSIONS: Readonly<Record<string, ExpressionFeature>> = {
  ToScalarExpression: { name: "toscalar", supported: true },
  LikeExpression: { name: "like", supported: false },
  NotLikeExpression: { name: "notlike", supported: false },
  SearchExpression: { name: "search", supported: false },
};

type Note = (name: string, supported: boolean) => void;

/** Tabular functions the lowering handles itself: `table(Name)`. */
const TABULAR_FUNCTIONS: ReadonlySet<string> = new Set(["table"]);

/**
 * Lists the tabular operators, functions and scalar operators a query
 * uses, and which of them the engine does not support. Support is read
 * from the tables the lowering uses. Calls of workspace and `let`
 * functions are followed into their bodies.
 *
 * NOTE: an operator counts as supported by its kind. An argument form the
 * lowering rejects, such as `row_number()` with a restart condition, shows
 * only when the query is compiled.
 */
export function analyzeFeatures(
  text: string,
  options: CompileOptions,
): FeatureReport {
  const analyzed = analyzeQuery(text, options);
  const used = new Set<string>();
  const unsupported = new Set<string>();
  const note: Note = (name, supported) => {
    used.add(name);
    if (!supported) unsupported.add(name);
  };
  visitFeatures(analyzed.code.Syntax, note, new Set());
  return {
    parsed: !analyzed.errors.some((error) => error.kind === "syntax"),
    diagnostics: analyzed.errors,
    used: [...used].sort(),
    unsupported: [...unsupported].sort(),
  };
}

function visitFeatures(
  root: SyntaxNode,
  note: Note,
  expanded: Set<string>,
): void {
  walk(root, (node) => {
    const kind = kindOf(node);
    if (kind === "EvaluateOperator") {
      const plugin = String(node.FunctionCall?.Name?.SimpleName ?? "evaluate");
      note(plugin, plugin in EVALUATE_PLUGINS);
    } else if (kind.endsWith("Operator") && kind !== "BadQueryOperator") {
      const name = operatorName(node);
      const supported = kind in TABULAR_OPERATORS || kind in SOURCE_OPERATORS;
      note(OPERATOR_SYNONYMS[name] ?? name, supported);
    } else if (kind in TABULAR_EXPRESSIONS) {
      note(TABULAR_EXPRESSIONS[kind], true);
    } else if (kind in SCALAR_EXPRESSIONS) {
      note(SCALAR_EXPRESSIONS[kind].name, SCALAR_EXPRESSIONS[kind].supported);
    } else if (kind in BINARY_OPERATORS || kind in LIST_OPERATORS) {
      const name = BINARY_OPERATORS[kind] ?? LIST_OPERATORS[kind];
      note(name, findScalar(name) !== undefined);
    } else if (kind === "FunctionCallExpression") {
      visitCall(node, note, expanded);
    } else if (kind === "NameReference") {
      const parent = node.Parent;
      if (!parent || kindOf(parent) !== "FunctionCallExpression") {
        visitExpansion(node, note, expanded);
      }
    }
  });
}

/** Visits the body of a user function called at `node`; false when it is not one. */
function visitExpansion(
  node: SyntaxNode,
  note: Note,
  expanded: Set<string>,
): boolean {
  const isFunction = symbolClassOf(node.ReferencedSymbol) === "FunctionSymbol";
  const body = isFunction ? userFunctionBody(node) : undefined;
  if (!body) return false;

  const key = `${String(node.ReferencedSymbol.Name)}@${Number(node.TextStart)}`;
  if (!expanded.has(key)) {
    expanded.add(key);
    visitFeatures(body, note, expanded);
  }
  return true;
}

function visitCall(node: SyntaxNode, note: Note, expanded: Set<string>): void {
  const parent = node.Parent;
  if (parent && kindOf(parent) === "EvaluateOperator") return;
  const symbol = node.ReferencedSymbol;
  if (symbolClassOf(symbol) !== "FunctionSymbol") return;
  if (visitExpansion(node, note, expanded)) return;

  const name = String(symbol.Name);
  const supported =
    TABULAR_FUNCTIONS.has(name) ||
    builtinName(symbol) !== undefined ||
    aggregateName(symbol) !== undefined ||
    ROW_AGGREGATE_NAMES.has(name) ||
    findAggregate(name) !== undefined;
  note(name, supported);
}
