import type { InputTable } from "../api.js";
import { compileTableRows } from "../operators/table.js";
import { inputsOf } from "../plan/format.js";
import type { TabularPlan } from "../plan/types.js";
import { compileRowChainSource, rowChainOf } from "./row-chain.js";
import type { Compiler, RowSource } from "./types.js";

/**
 * Compiles `plan` to push its rows: a table or a chain of row operators
 * over one streams its rows, and any other operator builds its table
 * first and then pushes the rows of that table.
 */
export function compileRows(plan: TabularPlan, compiler: Compiler): RowSource {
  if (plan.kind === "table") return compileTableRows(plan, compiler);

  const chain = rowChainOf(plan, 1);
  if (chain) return compileRowChainSource(chain, compiler);

  const table = compiler.tabular(plan);
  return (sink) => {
    for (const row of table().rows) sink(row);
  };
}

/**
 * Returns the names of the tables that a query can read as streams: those
 * it reads exactly once, through operator inputs from the root. A table
 * read twice (both sides of a join, a `let` used twice) or read inside an
 * expression (`toscalar`, `in (T)`) or an `mv-apply` subquery, which runs
 * per row, is not in the set.
 */
export function streamableTables(root: TabularPlan): Set<string> {
  const direct = new Map<string, number>();
  countDirectReads(root, direct);
  const all = new Map<string, number>();
  countAllReads(root, all, new Set());

  const names = new Set<string>();
  for (const [name, count] of direct) {
    if (count === 1 && all.get(name) === 1) names.add(name);
  }
  return names;
}

function countDirectReads(plan: TabularPlan, counts: Map<string, number>): void {
  if (plan.kind === "table") {
    counts.set(plan.name, (counts.get(plan.name) ?? 0) + 1);
    return;
  }
  const inputs = plan.kind === "mv-apply" ? [plan.input] : inputsOf(plan);
  for (const input of inputs) countDirectReads(input, counts);
}

/**
 * Counts every table node anywhere in the plan, scalar subqueries and
 * per-row subqueries included, by walking each object the plan holds.
 * A node shared by two parents (a `let` used twice) counts twice.
 */
function countAllReads(
  node: unknown,
  counts: Map<string, number>,
  path: Set<object>,
): void {
  if (typeof node !== "object" || node === null || path.has(node)) return;

  const record = node as Record<string, unknown>;
  if (record.kind === "table" && typeof record.name === "string") {
    counts.set(record.name, (counts.get(record.name) ?? 0) + 1);
  }
  path.add(node);
  for (const value of Object.values(record)) countAllReads(value, counts, path);
  path.delete(node);
}

/**
 * Returns the tables of an evaluation with every stream not in
 * `streamable` read into an array, so that it can be read more than once.
 */
export function materializeStreams(
  tables: Readonly<Record<string, InputTable>>,
  streamable: ReadonlySet<string>,
): Record<string, InputTable> {
  const prepared: Record<string, InputTable> = {};
  for (const [name, table] of Object.entries(tables)) {
    const keep = Array.isArray(table.rows) || streamable.has(name);
    prepared[name] = keep
      ? table
      : { columns: table.columns, rows: Array.from(table.rows) };
  }
  return prepared;
}
