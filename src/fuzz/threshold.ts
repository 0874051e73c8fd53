import type { CompileOptions } from "../kql/api.js";
import type { ThresholdReport } from "../report/types.js";
import {
  callArguments,
  canonicalAggregate,
  findLetExpression,
  traceColumn,
} from "./column-trace.js";
import type { AggregateOrigin, DerivationStep } from "./column-trace.js";
import { kindOf } from "../kql/syntax.js";
import { constantNumber, findAll, parseQuery, simpleName, spanText } from "./syntax.js";
import type { ParsedQuery, SyntaxNode } from "./syntax.js";

export type ComparisonOperator = ">" | ">=" | "<" | "<=" | "==" | "!=";

/**
 * The quantity a compared value measures for one group, when it equals the
 * aggregate exactly: the number of rows, the number of distinct values of
 * `counts`, or the sum of `counts`.
 */
export type Measure = "rows" | "distinct" | "sum";

/**
 * A threshold comparison: a filter after `summarize` that compares an
 * aggregate-derived column with a constant, written with the column on the
 * left (`3 < n` is recorded as `n > 3`).
 */
export interface Threshold {
  /** The compared column, such as `ChannelCount`. */
  column: string;
  operator: ComparisonOperator;
  value: number;
  /** The aggregation function, by its current name (`make_set`, `dcount`). */
  aggregate: string;
  /** The text of the aggregated expression, or `null` for `count()`. */
  counts: string | null;
  /** The predicate of `countif`, `dcountif` and the other `*if` forms. */
  condition: string | null;
  /** Output names of the `summarize` keys. */
  groupBy: string[];
  /** The compared column's definition as written (`arraylength(Channels)`). */
  expression: string;
  /** The quantity the value measures, or `null` when arithmetic lies in between. */
  measure: Measure | null;
  /** Offset in the query of the comparison operator token. */
  offset: number;
  /** Offset and length of the whole comparison (`ChannelCount > threshold`). */
  comparisonOffset: number;
  comparisonLength: number;
  /** Offset of the aggregation call in its `summarize`. */
  aggregateOffset: number;
  /** The operator as written, before the column was moved to the left. */
  operatorText: string;
  /** Offset and length of the constant's literal (in the `let`, when bound there). */
  valueOffset: number;
  valueLength: number;
  /** The `let` name the constant is bound to, if any. */
  letName: string | null;
  /**
   * The kind of an anti join (`rightanti`, `leftanti`) that the compared
   * rows pass through later in their pipeline, or `null`. Such a join can
   * turn the comparison around: its groups then alert when it is false.
   */
  antiJoinAfter: string | null;
}

const COMPARISONS: Record<string, ComparisonOperator> = {
  GreaterThanExpression: ">",
  GreaterThanOrEqualExpression: ">=",
  LessThanExpression: "<",
  LessThanOrEqualExpression: "<=",
  EqualExpression: "==",
  NotEqualExpression: "!=",
};

const MIRRORED: Record<ComparisonOperator, ComparisonOperator> = {
  ">": "<",
  ">=": "<=",
  "<": ">",
  "<=": ">=",
  "==": "==",
  "!=": "!=",
};

/** Aggregates whose value is a count or a sum, with what they measure. */
const MEASURES: Record<string, Measure | "array"> = {
  count: "rows",
  countif: "rows",
  dcount: "distinct",
  dcountif: "distinct",
  count_distinct: "distinct",
  count_distinctif: "distinct",
  sum: "sum",
  sumif: "sum",
  make_set: "array",
  make_set_if: "array",
  make_list: "array",
  make_list_if: "array",
};

/** Conversions that keep a count's value. */
const IDENTITY_FUNCTIONS = new Set(["tolong", "toint", "toreal", "todouble", "todecimal"]);

/** The outcome of searching a query for thresholds. */
export interface ThresholdSearch {
  thresholds: Threshold[];
  /** The reason each comparison after an aggregation was not taken, in query order. */
  rejected: string[];
}

/**
 * Finds every threshold comparison of a query, in query order. Only
 * comparisons that are the whole `where` condition or one operand of a
 * chain of `and` count, because under `or` or `not` the comparison alone
 * does not decide whether a row passes.
 */
export function findThresholds(
  text: string,
  options: CompileOptions = { tables: {} },
): ThresholdSearch {
  const query = parseQuery(text, options);
  const search: ThresholdSearch = { thresholds: [], rejected: [] };

  for (const filter of findAll(query.root, "FilterOperator")) {
    for (const comparison of conjuncts(filter.Condition)) {
      const outcome = readComparison(query, filter, comparison);
      if (typeof outcome === "string") search.rejected.push(outcome);
      else if (outcome) search.thresholds.push(outcome);
    }
  }
  search.thresholds.sort((a, b) => a.offset - b.offset);
  return search;
}

/**
 * Builds the report's `threshold` entry: the first threshold found, with
 * the number of others, or `{found: false, reason}`.
 */
export function thresholdReport(search: ThresholdSearch): ThresholdReport {
  const [first, ...others] = search.thresholds;
  if (!first) {
    const reason =
      search.rejected[0] ??
      "no filter after 'summarize' compares an aggregate with a constant";
    return { found: false, reason };
  }
  return {
    found: true,
    column: first.column,
    operator: first.operator,
    value: first.value,
    aggregate: first.aggregate,
    counts: first.counts,
    groupBy: first.groupBy,
    offset: first.offset,
    expression: first.expression,
    measure: first.measure,
    others: others.length,
  };
}

/** Splits a `where` condition into the operands of its top `and` chain. */
export function conjuncts(condition: SyntaxNode): SyntaxNode[] {
  const kind = kindOf(condition);
  if (kind === "ParenthesizedExpression") return conjuncts(condition.Expression);
  if (kind === "AndExpression") {
    return [...conjuncts(condition.Left), ...conjuncts(condition.Right)];
  }
  return [condition];
}

/**
 * Reads one conjunct: a threshold, a reason to reject it (a string), or
 * `undefined` when it is not a comparison of a column with a constant.
 */
function readComparison(
  query: ParsedQuery,
  filter: SyntaxNode,
  comparison: SyntaxNode,
): Threshold | string | undefined {
  const written = COMPARISONS[kindOf(comparison)];
  if (!written) return undefined;

  const sides = orderSides(comparison, written);
  if (!sides) return undefined;

  const origin = traceColumn(query, filter, sides.column);
  if (origin.kind === "source") return undefined;
  if (origin.kind === "unknown") return `${sides.column}: ${origin.reason}`;

  const aggregate = canonicalAggregate(origin.call.Name.SimpleName);
  if (!(aggregate in MEASURES)) {
    return `${sides.column}: '${aggregate}' is not a count or a sum`;
  }
  return buildThreshold(query, comparison, sides, origin);
}

interface Sides {
  column: string;
  constant: SyntaxNode;
  operator: ComparisonOperator;
}

function orderSides(comparison: SyntaxNode, written: ComparisonOperator): Sides | undefined {
  const left = simpleName(comparison.Left);
  const right = simpleName(comparison.Right);
  if (left && isNumericConstant(comparison.Right)) {
    return { column: left, constant: comparison.Right, operator: written };
  }
  if (right && isNumericConstant(comparison.Left)) {
    return { column: right, constant: comparison.Left, operator: MIRRORED[written] };
  }
  return undefined;
}

function isNumericConstant(expression: SyntaxNode): boolean {
  return expression.IsConstant && constantNumber(expression.ConstantValue) !== undefined;
}

function buildThreshold(
  query: ParsedQuery,
  comparison: SyntaxNode,
  sides: Sides,
  origin: AggregateOrigin,
): Threshold {
  const aggregate = canonicalAggregate(origin.call.Name.SimpleName);
  const [counted, ...rest] = callArguments(origin.call);
  const countsRows = aggregate === "count" || aggregate === "countif";
  const countsNode = countsRows ? undefined : counted;
  let conditionNode: SyntaxNode | undefined;
  if (aggregate === "countif") conditionNode = counted;
  else if (aggregate.endsWith("if")) conditionNode = rest[0];
  const literal = locateLiteral(query, sides.constant);
  const last = origin.steps[origin.steps.length - 1];

  return {
    column: sides.column,
    operator: sides.operator,
    value: constantNumber(sides.constant.ConstantValue) as number,
    aggregate,
    counts: countsNode ? spanText(query, countsNode) : null,
    condition: conditionNode ? spanText(query, conditionNode) : null,
    groupBy: origin.groupBy,
    expression: spanText(query, last ? last.expression : origin.call),
    measure: measureOf(aggregate, origin.steps),
    offset: comparison.Operator.TextStart,
    comparisonOffset: comparison.TextStart,
    comparisonLength: comparison.Width,
    aggregateOffset: origin.call.TextStart,
    operatorText: comparison.Operator.Text,
    valueOffset: literal.node.TextStart,
    valueLength: literal.node.Width,
    letName: literal.letName,
    antiJoinAfter: antiJoinAfter(query, comparison),
  };
}

/**
 * Returns the kind of the first anti join downstream of a node in its
 * pipeline, walking up through the pipes whose left side contains the node.
 */
function antiJoinAfter(query: ParsedQuery, node: SyntaxNode): string | null {
  let child = node;
  for (let parent = node.Parent; parent; child = parent, parent = parent.Parent) {
    if (kindOf(parent) !== "PipeExpression" || parent.Expression !== child) continue;
    if (kindOf(parent.Operator) !== "JoinOperator") continue;

    const kind = /\bkind\s*=\s*(\w+)/i.exec(spanText(query, parent.Operator))?.[1];
    if (kind && /anti/i.test(kind)) return kind.toLowerCase();
  }
  return null;
}

/**
 * Decides what the compared value measures, following the steps from the
 * aggregate: renames and numeric conversions keep the value, and
 * `array_length` turns `make_set` into a distinct count and `make_list`
 * into a row count.
 */
function measureOf(aggregate: string, steps: DerivationStep[]): Measure | null {
  let measure: Measure | "array" | null = MEASURES[aggregate] ?? null;
  for (const step of steps) {
    measure = applyStep(measure, aggregate, step);
    if (measure === null) return null;
  }
  return measure === "array" ? null : measure;
}

function applyStep(
  measure: Measure | "array" | null,
  aggregate: string,
  step: DerivationStep,
): Measure | "array" | null {
  const expression = step.expression;
  if (simpleName(expression) === step.input) return measure;
  if (kindOf(expression) !== "FunctionCallExpression") return null;

  const args = callArguments(expression);
  if (args.length !== 1 || simpleName(args[0]) !== step.input) return null;

  const name = canonicalAggregate(expression.Name.SimpleName);
  if (name === "array_length" && measure === "array") {
    return aggregate.startsWith("make_set") ? "distinct" : "rows";
  }
  if (IDENTITY_FUNCTIONS.has(name) && measure !== "array") return measure;
  return null;
}

/** Finds the literal a constant comes from, following `let` names. */
function locateLiteral(
  query: ParsedQuery,
  constant: SyntaxNode,
): { node: SyntaxNode; letName: string | null } {
  let node = constant;
  let letName: string | null = null;
  for (let hops = 0; hops < 10 && kindOf(node) === "NameReference"; hops++) {
    const bound = findLetExpression(query, node.SimpleName);
    if (!bound) break;
    letName = node.SimpleName;
    node = bound;
  }
  return { node, letName };
}
