import type { Compiler, TableFunction } from "../compile/types.js";
import { conformColumns } from "../lower/conform.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import type {
  JoinKind,
  JoinPlan,
  ScalarPlan,
  TabularPlan,
} from "../plan/types.js";
import { elementsOf, kindOf, nameOf, textOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { rowKey } from "../values/compare.js";
import { compileIpLookup } from "./ipv4-lookup.js";

const JOIN_KINDS: readonly JoinKind[] = [
  "innerunique",
  "inner",
  "leftouter",
  "rightouter",
  "fullouter",
  "leftanti",
  "rightanti",
  "leftsemi",
  "rightsemi",
];

const KIND_ALIASES: Readonly<Record<string, JoinKind>> = {
  anti: "leftanti",
  leftantisemi: "leftanti",
  rightantisemi: "rightanti",
};

/**
 * `join kind=K (Right) on Key, $left.A == $right.B`
 * (learn.microsoft.com/kusto/query/join-operator). The output has the left
 * columns, then the right ones, and a right column whose name is taken
 * gets a number (`User1`). Semi and anti joins output one side only.
 */
export function lowerJoin(
  node: SyntaxNode,
  left: TabularPlan,
  context: LowerContext,
): JoinPlan {
  const joinKind = joinKindOf(node, context);
  const lowered = context.lowerTabular(node.Expression, withRow(context, []));
  const right = conformColumns(lowered, node.Expression);
  const keys = lowerConditions(node.ConditionClause, left, right, context);
  const columns = columnsOfNode(context, node);
  const sources = sourcesOf(joinKind, left.columns, right.columns);
  if (sources.length !== columns.length) {
    const message = "the columns of this join could not be matched to its inputs";
    throw errorAt(context, node, message);
  }
  return {
    kind: "join",
    joinKind,
    operator: "join",
    offset: offsetOf(context, node),
    columns,
    left,
    right,
    ...keys,
    sources,
  };
}

/** Reads `kind=` among the operator's parameters; hints are ignored. */
export function joinKindOf(
  node: SyntaxNode,
  context: LowerContext,
  fallback: JoinKind = "innerunique",
): JoinKind {
  for (const parameter of elementsOf(node.Parameters)) {
    if (nameOf(parameter.Name).toLowerCase() !== "kind") continue;
    const value = textOf(parameter.Expression).trim().toLowerCase();
    const kind =
      KIND_ALIASES[value] ?? JOIN_KINDS.find((candidate) => candidate === value);
    if (!kind) {
      const message = `the join kind '${value}' is not supported yet`;
      throw errorAt(context, parameter, message);
    }
    return kind;
  }
  return fallback;
}

/**
 * Splits `on` conditions into the key expressions of each side: `Col`
 * names a column of both sides, `$left.A == $right.B` one of each, and
 * `and` or commas combine them.
 */
export function lowerConditions(
  clause: SyntaxNode,
  left: TabularPlan,
  right: TabularPlan,
  context: LowerContext,
): { leftKeys: ScalarPlan[]; rightKeys: ScalarPlan[] } {
  if (!clause || kindOf(clause) !== "JoinOnClause") {
    const message = "a join condition other than 'on' is not supported yet";
    throw errorAt(context, clause ?? left, message);
  }
  const leftContext = withRow(context, left.columns);
  const rightContext = withRow(context, right.columns);
  const leftKeys: ScalarPlan[] = [];
  const rightKeys: ScalarPlan[] = [];
  const visit = (condition: SyntaxNode): void => {
    const kind = kindOf(condition);
    if (kind === "AndExpression") {
      visit(condition.Left);
      visit(condition.Right);
    } else if (kind === "ParenthesizedExpression") {
      visit(condition.Expression);
    } else if (kind === "NameReference") {
      leftKeys.push(lowerScalar(condition, leftContext));
      rightKeys.push(lowerScalar(condition, rightContext));
    } else if (kind === "EqualExpression") {
      const leftFirst = sideOf(condition.Left) !== "right";
      const [a, b] = leftFirst
        ? [condition.Left, condition.Right]
        : [condition.Right, condition.Left];
      leftKeys.push(lowerScalar(a, leftContext));
      rightKeys.push(lowerScalar(b, rightContext));
    } else {
      const message = "a join condition other than equality of columns is not supported yet";
      throw errorAt(context, condition, message);
    }
  };
  for (const condition of elementsOf(clause.Expressions)) visit(condition);
  return { leftKeys, rightKeys };
}

function sideOf(node: SyntaxNode): "left" | "right" | undefined {
  if (kindOf(node) !== "PathExpression") return undefined;
  const name = nameOf(node.Expression);
  if (name === "$right") return "right";
  return name === "$left" ? "left" : undefined;
}

function sourcesOf(
  kind: JoinKind,
  left: readonly Column[],
  right: readonly Column[],
): JoinPlan["sources"] {
  const leftSources = left.map((_, index) => ({ side: "left" as const, index }));
  const rightSources = right.map((_, index) => ({ side: "right" as const, index }));
  if (kind === "leftsemi" || kind === "leftanti") return leftSources;
  if (kind === "rightsemi" || kind === "rightanti") return rightSources;
  return [...leftSources, ...rightSources];
}

type Row = readonly Value[];
type KeyFunction = (row: Row) => string | undefined;
type Emit = (left: Row | undefined, right: Row | undefined) => Value[];

/**
 * Compiles a join as a hash join on the keys.
 *
 * NOTE: a null key matches nothing, as `==` on nulls is not true; the join
 * pages do not say how Kusto treats null keys.
 */
export function compileJoin(plan: JoinPlan, compiler: Compiler): TableFunction {
  if (plan.operator === "ipv4_lookup" || plan.operator === "ipv6_lookup") {
    return compileIpLookup(plan, compiler);
  }
  const left = compiler.tabular(plan.left);
  const right = compiler.tabular(plan.right);
  const leftKey = keyFunction(plan.leftKeys, plan.left.columns, compiler);
  const rightKey = keyFunction(plan.rightKeys, plan.right.columns, compiler);
  const emit = emitter(plan);
  return () => {
    const leftRows = left().rows;
    const rightRows = right().rows;
    const rows = isRightDriven(plan.joinKind)
      ? joinFromRight(plan.joinKind, leftRows, rightRows, leftKey, rightKey, emit)
      : joinFromLeft(plan.joinKind, leftRows, rightRows, leftKey, rightKey, emit);
    return { columns: plan.columns, rows };
  };
}

/** Builds output rows; a missing side's column is null, or "" for strings. */
function emitter(plan: JoinPlan): Emit {
  const missing = (type: KustoType): Value => (type === "string" ? "" : null);
  const leftMissing = plan.left.columns.map((column) => missing(column.type));
  const rightMissing = plan.right.columns.map((column) => missing(column.type));
  return (l, r) =>
    plan.sources.map(({ side, index }) => {
      if (side === "left") return l ? l[index] : leftMissing[index];
      return r ? r[index] : rightMissing[index];
    });
}

function keyFunction(
  keys: readonly ScalarPlan[],
  columns: readonly Column[],
  compiler: Compiler,
): KeyFunction {
  const functions = keys.map((key) => compiler.scalar(key, columns));
  const types = keys.map((key) => key.type);
  return (row) => {
    const values = functions.map((fn) => fn(row));
    if (values.some((value) => value === null)) return undefined;
    return rowKey(values, types);
  };
}

function indexRows(rows: readonly Row[], key: KeyFunction): Map<string, Row[]> {
  const index = new Map<string, Row[]>();
  for (const row of rows) {
    const id = key(row);
    if (id === undefined) continue;
    const bucket = index.get(id);
    if (bucket) bucket.push(row);
    else index.set(id, [row]);
  }
  return index;
}

function isRightDriven(kind: JoinKind): boolean {
  return kind === "rightanti" || kind === "rightsemi" || kind === "rightouter";
}

function joinFromRight(
  kind: JoinKind,
  leftRows: readonly Row[],
  rightRows: readonly Row[],
  leftKey: KeyFunction,
  rightKey: KeyFunction,
  emit: Emit,
): Value[][] {
  const output: Value[][] = [];
  const leftIndex = indexRows(leftRows, leftKey);
  for (const r of rightRows) {
    const id = rightKey(r);
    const matches = id === undefined ? undefined : leftIndex.get(id);
    if (kind === "rightanti") {
      if (!matches) output.push(emit(undefined, r));
    } else if (kind === "rightsemi") {
      if (matches) output.push(emit(undefined, r));
    } else if (matches) {
      for (const l of matches) output.push(emit(l, r));
    } else {
      output.push(emit(undefined, r));
    }
  }
  return output;
}

/**
 * Joins from the left side. `innerunique` keeps the first left row of
 * each key, as the innerunique page's example shows.
 */
function joinFromLeft(
  kind: JoinKind,
  leftRows: readonly Row[],
  rightRows: readonly Row[],
  leftKey: KeyFunction,
  rightKey: KeyFunction,
  emit: Emit,
): Value[][] {
  const output: Value[][] = [];
  const rightIndex = indexRows(rightRows, rightKey);
  const seenLeftKeys = new Set<string>();
  const matchedRight = new Set<Row>();
  for (const l of leftRows) {
    const id = leftKey(l);
    if (kind === "innerunique" && id !== undefined) {
      if (seenLeftKeys.has(id)) continue;
      seenLeftKeys.add(id);
    }
    const matches = id === undefined ? undefined : rightIndex.get(id);
    if (kind === "leftanti") {
      if (!matches) output.push(emit(l, undefined));
    } else if (kind === "leftsemi") {
      if (matches) output.push(emit(l, undefined));
    } else if (matches) {
      for (const r of matches) {
        output.push(emit(l, r));
        matchedRight.add(r);
      }
    } else if (kind === "leftouter" || kind === "fullouter") {
      output.push(emit(l, undefined));
    }
  }
  if (kind === "fullouter") {
    for (const r of rightRows) {
      if (!matchedRight.has(r)) output.push(emit(undefined, r));
    }
  }
  return output;
}
