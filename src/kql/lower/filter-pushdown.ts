import type {
  FilterPlan,
  JoinPlan,
  ScalarPlan,
  TabularPlan,
} from "../plan/types.js";
import { someScalar, WINDOW_KINDS } from "../plan/visit.js";

/**
 * Moves the conditions of a `where` right after an `innerunique` join that
 * read only left columns into a `where` on the join's left input. Kusto
 * does the same, so those conditions run before the left side loses its
 * duplicate keys, and the left rows they keep are the ones that reach the
 * output (learn.microsoft.com/kusto/query/join-innerunique, whose example
 * `t1 | join kind=innerunique t2 on key | where value == "val1.2"` always
 * returns the rows of "val1.2"). Other plans are returned unchanged.
 *
 * NOTE: only a `where` that directly follows the join moves; Kusto may also
 * move one that follows a `project` or `extend` of the join.
 */
export function pushFilterIntoJoin(plan: TabularPlan): TabularPlan {
  if (plan.kind !== "where") return plan;
  const join = plan.input;
  if (join.kind !== "join" || join.joinKind !== "innerunique") return plan;

  const leftNames = leftColumnNames(join);
  const conditions = conjunctsOf(plan.predicate);
  const moved = conditions.filter((condition) =>
    readsOnly(condition, leftNames),
  );
  if (moved.length === 0) return plan;

  const left = filterOf(join.left, moved, plan.offset);
  const joined: JoinPlan = { ...join, left };
  const remaining = conditions.filter(
    (condition) => !moved.includes(condition),
  );
  if (remaining.length === 0) return joined;
  return { ...plan, input: joined, predicate: conjunctionOf(remaining) };
}

/** Returns the output names of the left columns that keep their input name. */
function leftColumnNames(join: JoinPlan): ReadonlySet<string> {
  const names = new Set<string>();
  join.sources.forEach(({ side, index }, position) => {
    const name = join.columns[position]?.name;
    if (side === "left" && join.left.columns[index]?.name === name) {
      names.add(name);
    }
  });
  return names;
}

function conjunctsOf(predicate: ScalarPlan): ScalarPlan[] {
  if (predicate.kind !== "and") return [predicate];
  return predicate.args.flatMap(conjunctsOf);
}

/**
 * Tells whether a condition reads columns, all of them in `names`, and
 * nothing that depends on the row's position or on its source table.
 */
function readsOnly(condition: ScalarPlan, names: ReadonlySet<string>): boolean {
  const positional: ReadonlySet<string> = new Set([
    ...WINDOW_KINDS,
    "ingestion_time",
  ]);
  let readsColumn = false;
  const blocked = someScalar(condition, (node) => {
    if (positional.has(node.kind)) return true;
    if (node.kind !== "column") return false;
    readsColumn = true;
    return !names.has(node.name);
  });
  return readsColumn && !blocked;
}

function filterOf(
  input: TabularPlan,
  conditions: readonly ScalarPlan[],
  offset: number,
): FilterPlan {
  const predicate = conjunctionOf(conditions);
  return { kind: "where", offset, columns: input.columns, input, predicate };
}

function conjunctionOf(conditions: readonly ScalarPlan[]): ScalarPlan {
  return conditions.reduce((left, right) => ({
    kind: "and",
    offset: left.offset,
    type: "bool",
    args: [left, right],
  }));
}
