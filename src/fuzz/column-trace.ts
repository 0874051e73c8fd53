import { loadKustoLanguage } from "../kql/kusto-language.js";
import { elementsOf, kindOf, walk } from "../kql/syntax.js";
import { findAll, simpleName, spanText } from "./syntax.js";
import type { ParsedQuery, SyntaxNode } from "./syntax.js";

/**
 * Where a column of a pipeline comes from, found by walking the pipeline
 * upstream from the operator that reads it.
 *
 * - `aggregate`: an output of `summarize` computed by an aggregation call.
 * - `source`: a column of the input table, possibly renamed or transformed.
 * - `unknown`: the walk stopped, for the given `reason`.
 */
export type ColumnOrigin =
  | AggregateOrigin
  | { kind: "source"; column: string; steps: DerivationStep[] }
  | { kind: "unknown"; reason: string };

export interface AggregateOrigin {
  kind: "aggregate";
  /** The `summarize` operator. */
  summarize: SyntaxNode;
  /** The aggregation call, such as `makeset(Channel)`. */
  call: SyntaxNode;
  /** The output column of `summarize` holding the aggregate. */
  column: string;
  /** Output names of the `by` keys, in order. */
  groupBy: string[];
  /** The assignments from the aggregate to the traced column, outermost last. */
  steps: DerivationStep[];
}

/** One `extend`/`project` assignment on the way from an origin to a column. */
export interface DerivationStep {
  /** The column the step assigns. */
  column: string;
  /** The assigned expression. */
  expression: SyntaxNode;
  /** The column the expression reads, or "" when it wraps the aggregation call. */
  input: string;
}

/** Operators whose output has the same columns as their input. */
const PASS_THROUGH = new Set([
  "FilterOperator",
  "SortOperator",
  "TakeOperator",
  "TopOperator",
  "SerializeOperator",
  "ProjectAwayOperator",
  "ProjectKeepOperator",
  "ProjectReorderOperator",
  "MvExpandOperator",
  "DistinctOperator",
  "AsOperator",
  "SampleOperator",
  "ConsumeOperator",
]);

const MAX_DEPTH = 50;
/** `Kusto.Language.Symbols.SymbolKind.Column`. */
const SYMBOL_KIND_COLUMN = 9;

/**
 * Traces the column `name` that the query operator `operator` reads back
 * to where it is computed. The walk steps through pass-through operators,
 * `extend`, `project`, `project-rename`, the left then the right side of
 * `join` and `lookup`, and tabular `let` variables. It stops at
 * `summarize` or at a table.
 */
export function traceColumn(
  query: ParsedQuery,
  operator: SyntaxNode,
  name: string,
): ColumnOrigin {
  const upstream = upstreamOf(operator);
  if (!upstream) return { kind: "unknown", reason: "the operator has no input" };

  return traceIn(query, upstream, name, 0);
}

/** Returns the input expression of a query operator inside a pipe. */
export function upstreamOf(operator: SyntaxNode): SyntaxNode | undefined {
  const parent = operator.Parent;
  if (parent && kindOf(parent) === "PipeExpression" && parent.Operator === operator) {
    return parent.Expression;
  }
  return undefined;
}

function traceIn(
  query: ParsedQuery,
  expression: SyntaxNode,
  name: string,
  depth: number,
): ColumnOrigin {
  if (depth > MAX_DEPTH) return { kind: "unknown", reason: "the pipeline is too deep" };

  const kind = kindOf(expression);
  if (kind === "ParenthesizedExpression") {
    return traceIn(query, expression.Expression, name, depth + 1);
  }
  if (kind === "NameReference") return traceVariable(query, expression, name, depth);
  if (kind !== "PipeExpression") {
    return { kind: "source", column: name, steps: [] };
  }
  return traceOperator(query, expression, name, depth);
}

function traceVariable(
  query: ParsedQuery,
  reference: SyntaxNode,
  name: string,
  depth: number,
): ColumnOrigin {
  const definition = findLetExpression(query, reference.SimpleName);
  if (!definition) return { kind: "source", column: name, steps: [] };

  return traceIn(query, definition, name, depth + 1);
}

/** Finds the expression a `let` statement binds to a name, if any. */
export function findLetExpression(
  query: ParsedQuery,
  name: string,
): SyntaxNode | undefined {
  const statements = findAll(query.root, "LetStatement");
  const match = statements.find((s) => s.Name?.SimpleName === name);
  return match?.Expression;
}

function traceOperator(
  query: ParsedQuery,
  pipe: SyntaxNode,
  name: string,
  depth: number,
): ColumnOrigin {
  const operator = pipe.Operator;
  const kind = kindOf(operator);
  const next = (column: string) => traceIn(query, pipe.Expression, column, depth + 1);

  if (kind === "MvExpandOperator" && expandsInto(operator, name)) {
    return { kind: "unknown", reason: `'mv-expand' builds column '${name}'` };
  }
  if (PASS_THROUGH.has(kind)) return next(name);
  if (kind === "SummarizeOperator") return traceSummarize(query, operator, name);
  if (kind === "ExtendOperator" || kind === "ProjectOperator") {
    const assignment = findAssignment(operator, name);
    if (!assignment) {
      return kind === "ProjectOperator" && !projects(operator, name)
        ? { kind: "unknown", reason: `'project' drops column '${name}'` }
        : next(name);
    }
    return traceAssignment(query, name, assignment, next);
  }
  if (kind === "ProjectRenameOperator") {
    const assignment = findAssignment(operator, name);
    return next(assignment ? (simpleName(assignment) ?? name) : name);
  }
  if (kind === "JoinOperator" || kind === "LookupOperator") {
    const left = next(name);
    if (left.kind !== "unknown") return left;
    const right = traceIn(query, operator.Expression, name, depth + 1);
    return right.kind === "unknown" ? left : right;
  }
  return { kind: "unknown", reason: `cannot trace a column through '${spanText(query, operator.GetChild(0))}'` };
}

function traceAssignment(
  query: ParsedQuery,
  name: string,
  expression: SyntaxNode,
  next: (column: string) => ColumnOrigin,
): ColumnOrigin {
  const inputs = columnReferences(expression);
  const origins = inputs.map((input) => ({ input, origin: next(input) }));
  const aggregates = origins.filter((o) => o.origin.kind === "aggregate");
  if (aggregates.length > 1) {
    return { kind: "unknown", reason: `'${name}' combines several aggregates` };
  }

  const chosen = aggregates[0] ?? origins[0];
  if (!chosen) return { kind: "source", column: name, steps: [] };
  if (chosen.origin.kind === "unknown") return chosen.origin;

  const step = { column: name, expression, input: chosen.input };
  return { ...chosen.origin, steps: [...chosen.origin.steps, step] };
}

/** Finds the expression `extend`/`project`/`project-rename` assigns to a name. */
function findAssignment(operator: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const element of elementsOf(operator.Expressions)) {
    if (kindOf(element) !== "SimpleNamedExpression") continue;
    if (element.Name.SimpleName === name) return element.Expression;
  }
  return undefined;
}

function expandsInto(operator: SyntaxNode, name: string): boolean {
  return findAll(operator, "SimpleNamedExpression").some((e) => e.Name.SimpleName === name);
}

function projects(operator: SyntaxNode, name: string): boolean {
  return elementsOf(operator.Expressions).some((e) => simpleName(e) === name);
}

/**
 * Lists the distinct column names an expression reads, in order. Names of
 * called functions, `let` variables and dynamic property paths are skipped.
 */
export function columnReferences(expression: SyntaxNode): string[] {
  const names: string[] = [];
  walk(expression, (node) => {
    if (kindOf(node) !== "NameReference" || !isColumnReference(node)) return;
    if (!names.includes(node.SimpleName)) names.push(node.SimpleName);
  });
  return names;
}

function isColumnReference(node: SyntaxNode): boolean {
  const parent = node.Parent;
  const parentKind = parent ? kindOf(parent) : "";
  if (parentKind === "FunctionCallExpression" && parent.Name === node) return false;
  if (parentKind === "PathExpression" && parent.Selector === node) return false;

  // Without a bound symbol (an unknown table) every other name counts.
  const symbol = node.ReferencedSymbol;
  if (!symbol) return true;
  return symbol.Kind === SYMBOL_KIND_COLUMN;
}

function traceSummarize(
  query: ParsedQuery,
  summarize: SyntaxNode,
  name: string,
): ColumnOrigin {
  const byKeys = summarizeByKeys(summarize);
  const aggregates = elementsOf(summarize.Aggregates);
  const names = summarizeOutputNames(summarize, byKeys.length, aggregates);
  const groupBy = names.slice(0, byKeys.length);

  const index = names.indexOf(name);
  if (index < 0) return { kind: "unknown", reason: `'summarize' has no column '${name}'` };
  if (index < byKeys.length) {
    return { kind: "unknown", reason: `'${name}' is a 'summarize' key, not an aggregate` };
  }

  const element = aggregates[index - byKeys.length];
  const expression =
    kindOf(element) === "SimpleNamedExpression" ? element.Expression : element;
  const calls = aggregateCalls(expression);
  if (calls.length !== 1) {
    const count = calls.length === 0 ? "no" : "several";
    return { kind: "unknown", reason: `'${spanText(query, element)}' has ${count} aggregation calls` };
  }

  const call = calls[0];
  const steps: DerivationStep[] =
    call === expression ? [] : [{ column: name, expression, input: "" }];
  return { kind: "aggregate", summarize, call, column: name, groupBy, steps };
}

/** Lists the outermost aggregation calls inside a `summarize` expression. */
function aggregateCalls(expression: SyntaxNode): SyntaxNode[] {
  if (kindOf(expression) === "FunctionCallExpression" && isAggregateCall(expression)) {
    return [expression];
  }
  const inner: SyntaxNode[] = [];
  for (let i = 0; i < expression.ChildCount; i++) {
    const child = expression.GetChild(i);
    if (child) inner.push(...aggregateCalls(child));
  }
  return inner;
}

function isAggregateCall(call: SyntaxNode): boolean {
  return aggregateNames().has(call.Name.SimpleName.toLowerCase());
}

let knownAggregates: Set<string> | undefined;

/** Lists the names of every aggregation function Kusto.Language declares. */
function aggregateNames(): Set<string> {
  if (knownAggregates) return knownAggregates;

  // Bridge.NET exposes this read-only list as a plain array.
  const all: { Name: string }[] = loadKustoLanguage().Language.Aggregates.All;
  knownAggregates = new Set(all.map((symbol) => symbol.Name));
  return knownAggregates;
}

/** Lists the `by` expressions of a `summarize`. */
export function summarizeByKeys(summarize: SyntaxNode): SyntaxNode[] {
  const by = summarize.ByClause;
  return by ? elementsOf(by.Expressions) : [];
}

/**
 * Lists the output columns of `summarize`: keys, then aggregates. Uses the
 * result type Kusto.Language inferred when it has one column per element,
 * and otherwise Kusto's default names (`count_`, `dcount_User`, ...).
 */
export function summarizeOutputNames(
  summarize: SyntaxNode,
  keyCount: number,
  aggregates: SyntaxNode[],
): string[] {
  const columns = summarize.ResultType?.Columns;
  const count = columns?.Count as number | undefined;
  if (count !== undefined && count === keyCount + aggregates.length) {
    return Array.from({ length: count }, (_, i) => columns.getItem(i).Name as string);
  }

  const keys = summarizeByKeys(summarize).map((key) => defaultColumnName(key, ""));
  return [...keys, ...aggregates.map((a) => defaultColumnName(a, "_"))];
}

/** Names an unnamed expression the way Kusto does, for the common shapes. */
function defaultColumnName(expression: SyntaxNode, separator: string): string {
  const named = simpleName(expression);
  if (named) return named;
  if (kindOf(expression) === "SimpleNamedExpression") return expression.Name.SimpleName;
  if (kindOf(expression) !== "FunctionCallExpression") return "Column1";

  const functionName = canonicalAggregate(expression.Name.SimpleName);
  const prefix = DEFAULT_PREFIX[functionName] ?? functionName;
  const first = elementsOf(expression.ArgumentList.Expressions)[0];
  const argument = first ? simpleName(first) : undefined;
  return argument ? `${prefix}_${argument}` : `${prefix}${separator}`;
}

const DEFAULT_PREFIX: Record<string, string> = {
  make_set: "set",
  make_list: "list",
  make_set_if: "set",
  make_list_if: "list",
};

const AGGREGATE_ALIASES: Record<string, string> = {
  makeset: "make_set",
  makelist: "make_list",
  arraylength: "array_length",
};

/** Maps a deprecated function name to the current one (`makeset` to `make_set`). */
export function canonicalAggregate(name: string): string {
  const lower = name.toLowerCase();
  return AGGREGATE_ALIASES[lower] ?? lower;
}

/** Lists the argument expressions of a function call. */
export function callArguments(call: SyntaxNode): SyntaxNode[] {
  return elementsOf(call.ArgumentList.Expressions);
}
