import type { Compiler, RowFunction, TableFunction } from "../compile/types.js";
import { offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import type { SortKey, SortPlan, TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { compareValues } from "../values/compare.js";

/**
 * `sort by Expr [asc|desc] [nulls first|last], ...` (also `order by`).
 * The default is `desc`; nulls come first in ascending order and last in
 * descending order unless written otherwise. A real NaN sorts next to the
 * nulls, between them and the other values
 * (learn.microsoft.com/kusto/query/sort-operator).
 */
export function lowerSort(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): SortPlan {
  const keys = elementsOf(node.Expressions).map((expression) =>
    lowerSortKey(expression, input.columns, context),
  );
  return {
    kind: "sort",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    keys,
  };
}

/** Lowers one ordered expression of `sort` or `top`. */
export function lowerSortKey(
  node: SyntaxNode,
  columns: readonly Column[],
  context: LowerContext,
): SortKey {
  const ordered = kindOf(node) === "OrderedExpression";
  const target = ordered ? node.Expression : node;
  const expression = lowerScalar(target, withRow(context, columns));
  const ordering = ordered ? node.Ordering : undefined;
  const direction = String(ordering?.AscOrDescKeyword?.Text ?? "desc");
  const descending = direction.toLowerCase() !== "asc";
  const nulls = ordering?.NullsClause?.FirstOrLastKeyword?.Text;
  const nullsFirst = nulls ? String(nulls).toLowerCase() === "first" : !descending;
  return { expression, descending, nullsFirst };
}

/** Builds a row comparator from sort keys; the sort itself is stable. */
export function compileComparator(
  keys: readonly SortKey[],
  columns: readonly Column[],
  compiler: Compiler,
): (a: readonly Value[], b: readonly Value[]) => number {
  const compiled = keys.map((key) => ({
    value: compiler.scalar(key.expression, columns) as RowFunction,
    type: key.expression.type as KustoType,
    sign: key.descending ? -1 : 1,
    nullsFirst: key.nullsFirst,
  }));
  return (a, b) => {
    for (const key of compiled) {
      const x = key.value(a);
      const y = key.value(b);
      const rankX = missingRank(x);
      const rankY = missingRank(y);
      if (rankX > 0 || rankY > 0) {
        if (rankX === rankY) continue;
        return (rankX > rankY) === key.nullsFirst ? -1 : 1;
      }
      const order = compareValues(x, y, key.type);
      if (order !== 0) return key.sign * order;
    }
    return 0;
  };
}

/** Null ranks 2 and NaN 1: both go where the nulls go, null outermost. */
function missingRank(value: Value): number {
  if (value === null) return 2;
  return typeof value === "number" && Number.isNaN(value) ? 1 : 0;
}

export function compileSort(plan: SortPlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const compare = compileComparator(plan.keys, plan.input.columns, compiler);
  return () => ({ columns: plan.columns, rows: [...input().rows].sort(compare) });
}
