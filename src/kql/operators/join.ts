import type { Compiler, RowFunction, TableFunction } from "../compile/types.js";
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
 * columns, then the right ones, a right column whose name is taken getting
 * a number (`User1`); semi and anti joins output one side only.
 */
export function lowerJoin(node: SyntaxNode, left: TabularPlan, context: LowerContext): JoinPlan {
  const joinKind = joinKindOf(node, context);
  const right = context.lowerTabular(node.Expression, withRow(context, []));
  const { leftKeys, rightKeys } = lowerConditions(node.ConditionClause, left, right, context);
  const columns = columnsOfNode(context, node);
  const sources = sourcesOf(joinKind, left.columns, right.columns, columns.length);
  if (!sources) throw errorAt(context, node, "the columns of this join could not be matched to its inputs");
  return { kind: "join", joinKind, operator: "join", offset: offsetOf(context, node), columns, left, right, leftKeys, rightKeys, sources };
}

/** Reads `kind=` among the operator's parameters; hints are ignored. */
export function joinKindOf(node: SyntaxNode, context: LowerContext, fallback: JoinKind = "innerunique"): JoinKind {
  for (const parameter of elementsOf(node.Parameters)) {
    if (nameOf(parameter.Name).toLowerCase() !== "kind") continue;
    const value = textOf(parameter.Expression).trim().toLowerCase();
    const kind = KIND_ALIASES[value] ?? JOIN_KINDS.find((candidate) => candidate === value);
    if (!kind) throw errorAt(context, parameter, `the join kind '${value}' is not supported yet`);
    return kind;
  }
  return fallback;
}

/** Splits `on` conditions into the key expressions of each side. */
export function lowerConditions(
  clause: SyntaxNode,
  left: TabularPlan,
  right: TabularPlan,
  context: LowerContext,
): { leftKeys: ScalarPlan[]; rightKeys: ScalarPlan[] } {
  if (!clause || kindOf(clause) !== "JoinOnClause") {
    throw errorAt(context, clause ?? left, "a join condition other than 'on' is not supported yet");
  }
  const leftKeys: ScalarPlan[] = [];
  const rightKeys: ScalarPlan[] = [];
  const visit = (condition: SyntaxNode): void => {
    const kind = kindOf(condition);
    if (kind === "AndExpression") {
      visit(condition.Left);
      visit(condition.Right);
    } else if (kind === "NameReference") {
      leftKeys.push(lowerScalar(condition, withRow(context, left.columns)));
      rightKeys.push(lowerScalar(condition, withRow(context, right.columns)));
    } else if (kind === "EqualExpression") {
      const [a, b] = [condition.Left, condition.Right];
      const aIsLeft = sideOf(a) !== "right";
      const leftSide = aIsLeft ? a : b;
      const rightSide = aIsLeft ? b : a;
      leftKeys.push(lowerScalar(leftSide, withRow(context, left.columns)));
      rightKeys.push(lowerScalar(rightSide, withRow(context, right.columns)));
    } else {
      throw errorAt(context, condition, "a join condition other than equality of columns is not supported yet");
    }
  };
  for (const condition of elementsOf(clause.Expressions)) visit(condition);
  return { leftKeys, rightKeys };
}

function sideOf(node: SyntaxNode): "left" | "right" | undefined {
  if (kindOf(node) !== "PathExpression") return undefined;
  const name = nameOf(node.Expression);
  return name === "$right" ? "right" : name === "$left" ? "left" : undefined;
}

function sourcesOf(
  kind: JoinKind,
  left: readonly Column[],
  right: readonly Column[],
  outputCount: number,
): JoinPlan["sources"] | undefined {
  const leftSources = left.map((_, index) => ({ side: "left" as const, index }));
  const rightSources = right.map((_, index) => ({ side: "right" as const, index }));
  const sources =
    kind === "leftsemi" || kind === "leftanti"
      ? leftSources
      : kind === "rightsemi" || kind === "rightanti"
        ? rightSources
        : [...leftSources, ...rightSources];
  return sources.length === outputCount ? sources : undefined;
}

type Row = readonly Value[];

export function compileJoin(plan: JoinPlan, compiler: Compiler): TableFunction {
  const left = compiler.tabular(plan.left);
  const right = compiler.tabular(plan.right);
  const leftKey = keyFunction(plan.leftKeys, plan.left.columns, compiler);
  const rightKey = keyFunction(plan.rightKeys, plan.right.columns, compiler);
  const leftWidth = plan.left.columns.length;
  const rightWidth = plan.right.columns.length;
  const emit = (l: Row | undefined, r: Row | undefined): Value[] =>
    plan.sources.map(({ side, index }) =>
      side === "left" ? (l ? l[index] : nullOf(plan.left.columns[index].type)) : r ? r[index] : nullOf(plan.right.columns[index].type),
    );
  return () => {
    const leftRows = left().rows;
    const rightRows = right().rows;
    const rows = joinRows(plan.joinKind, leftRows, rightRows, leftKey, rightKey, emit);
    void leftWidth;
    void rightWidth;
    return { columns: plan.columns, rows };
  };
}

/** A missing side's column is null, or the empty string for `string`. */
function nullOf(type: KustoType): Value {
  return type === "string" ? "" : null;
}

/** Returns each row's key, or `undefined` when a key value is null (nulls never match). */
function keyFunction(
  keys: readonly ScalarPlan[],
  columns: readonly Column[],
  compiler: Compiler,
): (row: Row) => string | undefined {
  const functions: RowFunction[] = keys.map((key) => compiler.scalar(key, columns));
  const types = keys.map((key) => key.type);
  return (row) => {
    const values = functions.map((fn) => fn(row));
    if (values.some((value) => value === null)) return undefined;
    return rowKey(values, types);
  };
}

function indexRows(rows: readonly Row[], key: (row: Row) => string | undefined): Map<string, Row[]> {
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

function joinRows(
  kind: JoinKind,
  leftRows: readonly Row[],
  rightRows: readonly Row[],
  leftKey: (row: Row) => string | undefined,
  rightKey: (row: Row) => string | undefined,
  emit: (l: Row | undefined, r: Row | undefined) => Value[],
): Value[][] {
  const output: Value[][] = [];
  if (kind === "rightanti" || kind === "rightsemi" || kind === "rightouter") {
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
      } else output.push(emit(undefined, r));
    }
    return output;
  }
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
    for (const r of rightRows) if (!matchedRight.has(r)) output.push(emit(undefined, r));
  }
  return output;
}
