import { assign, compileAssignments } from "../operators/extend.js";
import type { Assignment } from "../operators/extend.js";
import type {
  ExtendPlan,
  FilterPlan,
  ProjectPlan,
  ScalarPlan,
  TabularPlan,
} from "../plan/types.js";
import { assertNever } from "../plan/types.js";
import { scalarChildren, usesWindow } from "../plan/visit.js";
import type { Value } from "../types.js";
import type {
  Compiler,
  RowMemo,
  RowSource,
  TableFunction,
} from "./types.js";

/** A `where`, `extend` or `project`, which maps each row on its own. */
export type RowOperator = FilterPlan | ExtendPlan | ProjectPlan;

/** Calls that may return another value for the same arguments. */
const VOLATILE = new Set(["rand", "new_guid"]);

/**
 * Returns the chain of row operators that ends at `plan`, first operator
 * first, when it has at least `minLength` of them. An operator that reads
 * the row's position (`prev`, `row_number`) ends a chain.
 */
export function rowChainOf(
  plan: TabularPlan,
  minLength = 2,
): RowOperator[] | undefined {
  const chain: RowOperator[] = [];
  let node: TabularPlan = plan;
  while (isRowOperator(node) && !usesWindow(expressionsOf(node))) {
    chain.unshift(node);
    node = node.input;
  }
  return chain.length >= minLength ? chain : undefined;
}

function isRowOperator(plan: TabularPlan): plan is RowOperator {
  return plan.kind === "where" || plan.kind === "extend" || plan.kind === "project";
}

function expressionsOf(plan: RowOperator): ScalarPlan[] {
  if (plan.kind === "where") return [plan.predicate];
  const items = plan.kind === "extend" ? plan.assignments : plan.items;
  return items.map((item) => item.expression);
}

/** One operator of a chain: the row it passes on, or `undefined` to drop it. */
type Step = (row: Value[]) => Value[] | undefined;

/**
 * Compiles a chain of row operators into one loop over the rows, so that
 * no table is built between them, and so that a call the chain makes more
 * than once on the same column values runs once per row.
 */
export function compileRowChain(
  chain: readonly RowOperator[],
  compiler: Compiler,
): TableFunction {
  const source = compileRowChainSource(chain, compiler);
  const columns = chain[chain.length - 1].columns;
  return () => {
    const rows: (readonly Value[])[] = [];
    source((row) => rows.push(row));
    return { columns, rows };
  };
}

/**
 * Compiles a chain of row operators to push each output row into a sink,
 * reading the chain's input through `compiler.rows`, so a streamed table
 * flows through it without being held in an array.
 */
export function compileRowChainSource(
  chain: readonly RowOperator[],
  compiler: Compiler,
): RowSource {
  const input = compiler.rows(chain[0].input);
  const memo = createMemo(chain);
  const steps = compileSteps(chain, compiler, memo);
  return (sink) => {
    input((row) => {
      memo.stamp++;
      // The steps copy before they write, so the input row stays as it is.
      const output = runSteps(row as Value[], steps);
      if (output) sink(output);
    });
  };
}

function runSteps(row: Value[], steps: readonly Step[]): Value[] | undefined {
  let current = row;
  for (let i = 0; i < steps.length; i++) {
    const next = steps[i](current);
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}

/**
 * Compiles the steps of a chain. The first `extend` or `project` builds a
 * new row, wide enough for the columns the `extend`s after it add, and
 * those `extend`s then write into it, so a row is copied once per chain.
 */
function compileSteps(
  chain: readonly RowOperator[],
  compiler: Compiler,
  memo: Memo,
): Step[] {
  let owned = false;
  return chain.map((plan, index) => {
    const capacity = capacityFrom(chain, index);
    const step = compileStep(plan, compiler, memo, { owned, capacity });
    owned ||= plan.kind !== "where";
    memo.advance(plan);
    return step;
  });
}

/**
 * Returns the width a row built at `chain[index]` needs: its own, or that
 * of the last `extend` before the next `project`, whichever is wider.
 */
function capacityFrom(chain: readonly RowOperator[], index: number): number {
  let width = chain[index].columns.length;
  for (let i = index + 1; i < chain.length; i++) {
    const plan = chain[i];
    if (plan.kind === "project") break;
    width = Math.max(width, plan.columns.length);
  }
  return width;
}

interface RowOwnership {
  /** True when an earlier step built the row, so this one may write into it. */
  readonly owned: boolean;
  /** The width to build a new row with. */
  readonly capacity: number;
}

function compileStep(
  plan: RowOperator,
  compiler: Compiler,
  memo: Memo,
  ownership: RowOwnership,
): Step {
  const columns = plan.input.columns;
  if (plan.kind === "where") {
    const predicate = compiler.scalar(plan.predicate, columns, memo);
    return (row) => (predicate(row) === true ? row : undefined);
  }
  if (plan.kind === "extend") {
    const { assignments } = compileAssignments(
      columns,
      plan.assignments,
      compiler,
      memo,
    );
    return compileExtendStep(assignments, columns.length, ownership);
  }
  const items = plan.items.map((item) =>
    compiler.scalar(item.expression, columns, memo),
  );
  const { capacity } = ownership;
  return (row) => {
    const output = new Array<Value>(capacity);
    for (let i = 0; i < items.length; i++) output[i] = items[i](row);
    return output;
  };
}

/**
 * Compiles an `extend` step. On a row of its own chain it stores each
 * value in place. When the `extend` replaces a column and has another
 * assignment, which may read the old value, it computes every value
 * before it stores any.
 */
function compileExtendStep(
  assignments: readonly Assignment[],
  inputWidth: number,
  { owned, capacity }: RowOwnership,
): Step {
  if (!owned) return (row) => assign(row, assignments, capacity);

  const replaces = assignments.some((item) => item.index < inputWidth);
  if (!replaces || assignments.length === 1) {
    return (row) => {
      for (let i = 0; i < assignments.length; i++) {
        const assignment = assignments[i];
        row[assignment.index] = assignment.compute(row);
      }
      return row;
    };
  }
  const values = new Array<Value>(assignments.length);
  return (row) => {
    for (let i = 0; i < assignments.length; i++) {
      values[i] = assignments[i].compute(row);
    }
    for (let i = 0; i < assignments.length; i++) {
      row[assignments[i].index] = values[i];
    }
    return row;
  };
}

interface Memo extends RowMemo {
  /** Moves the column versions past an operator, as compiling walks on. */
  advance(plan: RowOperator): void;
}

/**
 * Creates the memo of a chain. A first walk counts each call's key with
 * the column versions at its operator, and calls seen twice get a slot.
 */
function createMemo(chain: readonly RowOperator[]): Memo {
  const counting = new ColumnVersions();
  const counts = new Map<string, number>();
  for (const plan of chain) {
    for (const expression of expressionsOf(plan)) {
      countCalls(expression, counting, counts);
    }
    counting.advance(plan);
  }
  const slots = new Map<string, number>();
  for (const [key, count] of counts) {
    if (count > 1) slots.set(key, slots.size);
  }
  const versions = new ColumnVersions();
  return {
    keyOf: (plan) => versions.keyOf(plan),
    slots,
    values: new Array<Value>(slots.size).fill(null),
    stamps: new Array<number>(slots.size).fill(0),
    stamp: 0,
    advance: (plan) => versions.advance(plan),
  };
}

function countCalls(
  plan: ScalarPlan,
  versions: ColumnVersions,
  counts: Map<string, number>,
): void {
  if (plan.kind === "call") {
    const key = versions.keyOf(plan);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const child of scalarChildren(plan)) countCalls(child, versions, counts);
}

/**
 * Column versions along a chain: a column gets a new version each time an
 * operator assigns it, so that keys of calls over it change.
 */
class ColumnVersions {
  private readonly versions = new Map<string, number>();
  private next = 1;

  advance(plan: RowOperator): void {
    if (plan.kind === "where") return;
    if (plan.kind === "project") this.versions.clear();
    const assigned = plan.kind === "extend" ? plan.assignments : plan.items;
    for (const { name } of assigned) this.versions.set(name, this.next++);
  }

  /** Names a plan by its structure; `undefined` means never remember it. */
  keyOf(plan: ScalarPlan): string | undefined {
    switch (plan.kind) {
      case "literal":
        return `L${plan.type}:${literalText(plan.value)}`;
      case "column":
        return `C${plan.name}@${this.versions.get(plan.name) ?? 0}`;
      case "variable":
        return `V${plan.id}`;
      case "toscalar":
      case "column-array":
        return `T${plan.id}`;
      case "call":
        if (VOLATILE.has(plan.name)) return undefined;
        return this.join(`F${plan.name}`, plan.args);
      case "and":
      case "or":
      case "not":
        return this.join(plan.kind, plan.args);
      case "conditional":
        return this.join("?", scalarChildren(plan));
      case "row_number":
      case "prev":
      case "next":
      case "row_cumsum":
      case "row_window_session":
      case "ingestion_time":
        return undefined;
      default:
        return assertNever(plan);
    }
  }

  private join(head: string, args: readonly ScalarPlan[]): string | undefined {
    const keys: string[] = [];
    for (const arg of args) {
      const key = this.keyOf(arg);
      if (key === undefined) return undefined;
      keys.push(key);
    }
    return `${head}(${keys.join(",")})`;
  }
}

/** Writes a literal so that NaN, null and bigints stay distinct. */
function literalText(value: Value): string {
  if (typeof value === "number") return `n${String(value)}`;
  if (typeof value === "bigint") return `b${value}`;
  return `j${JSON.stringify(value, (_key, member: unknown) =>
    typeof member === "bigint" ? `${member}n` : member,
  )}`;
}
