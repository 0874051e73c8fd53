import type { Compiler, TableFunction } from "../compile/types.js";
import { offsetOf } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { MaterializePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Table } from "../types.js";

/**
 * `materialize(T)` (learn.microsoft.com/kusto/query/materialize-function):
 * `T` is evaluated once per evaluation, however often the query reads it.
 */
export function lowerMaterialize(
  node: SyntaxNode,
  context: LowerContext,
): MaterializePlan {
  const input = context.lowerTabular(node.Expression, context);
  return {
    kind: "materialize",
    offset: offsetOf(context, node),
    columns: input.columns,
    id: context.state.nextId++,
    input,
  };
}

export function compileMaterialize(
  plan: MaterializePlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const cache = compiler.runtime.cache;
  return () => {
    const cached = cache.get(plan.id) as Table | undefined;
    if (cached) return cached;
    const table = input();
    cache.set(plan.id, table);
    return table;
  };
}
