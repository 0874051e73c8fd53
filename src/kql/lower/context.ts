import { hintFor, queryError } from "../query-errors.js";
import type { QueryErrorKind } from "../query-errors.js";
import type { LetConstant, ScalarPlan, TabularPlan } from "../plan/types.js";
import { someScalar, WINDOW_KINDS } from "../plan/visit.js";
import { columnsOfTable, scalarTypeOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType } from "../types.js";

/**
 * The meaning of a name bound by `let` or by a function parameter. A
 * `row` binding is a scalar that reads the row of an enclosing operator,
 * seen from a subquery that cannot read that row.
 */
export type Binding =
  | { readonly kind: "scalar"; readonly plan: ScalarPlan }
  | { readonly kind: "tabular"; readonly plan: TabularPlan }
  | { readonly kind: "row"; readonly plan: ScalarPlan };

/** Nested `let` scopes: a query, then each function body it expands. */
export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(
    private readonly parent?: Scope,
    private readonly isolated = false,
  ) {}

  bind(name: string, binding: Binding): void {
    this.bindings.set(name, binding);
  }

  lookup(name: string): Binding | undefined {
    const own = this.bindings.get(name);
    if (own) return own;
    const inherited = this.parent?.lookup(name);
    if (!this.isolated || inherited?.kind !== "scalar") return inherited;
    if (!readsRow(inherited.plan)) return inherited;
    return { kind: "row", plan: inherited.plan };
  }

  child(): Scope {
    return new Scope(this);
  }

  /**
   * Returns a child scope for a tabular expression inside a scalar one,
   * such as `toscalar(T | where x == p)`. The subquery runs once per
   * evaluation, so the scalars that read the current row turn into `row`
   * bindings there.
   */
  isolate(): Scope {
    return new Scope(this, true);
  }
}

/**
 * Tells whether a scalar reads the current row: one of its columns, its
 * position (`prev`, `row_number`) or its ingestion time.
 */
export function readsRow(plan: ScalarPlan): boolean {
  const rowKinds: ReadonlySet<string> = new Set([
    ...WINDOW_KINDS,
    "column",
    "ingestion_time",
  ]);
  return someScalar(plan, (node) => rowKinds.has(node.kind));
}

/** Returns a context for a tabular expression inside a scalar one. */
export function subqueryContext(context: LowerContext): LowerContext {
  return { ...context, scope: context.scope.isolate(), row: [] };
}

/** State shared by the whole lowering of one query. */
export interface LowerState {
  nextId: number;
  readonly constants: LetConstant[];
  readonly tables: string[];
}

/** The position of lowering: the names in scope and the current row. */
export interface LowerContext {
  readonly text: string;
  readonly scope: Scope;
  readonly state: LowerState;
  /** The input columns of the operator whose expressions are lowered. */
  readonly row: readonly Column[];
  /**
   * Inside a function body expanded at a call, the call's offset. Errors
   * and plan offsets point there, since the body is a separate text.
   */
  readonly callOffset?: number;
  readonly lowerTabular: (node: SyntaxNode, context: LowerContext) => TabularPlan;
  /**
   * Inside `summarize`, lowers a call of an aggregation function nested
   * in an expression (`sum(x) / count()`) to a column of the output.
   */
  readonly aggregate?: (node: SyntaxNode) => ScalarPlan | undefined;
  /**
   * The input of a subquery that starts with an operator (`mv-apply ...
   * on (where ...)`). Only the first operator of the subquery reads it.
   */
  readonly implicitInput?: TabularPlan;
}

/** Returns a context whose row is `columns`. */
export function withRow(
  context: LowerContext,
  columns: readonly Column[],
): LowerContext {
  return { ...context, row: columns };
}

/** Returns the offset to record for a node: its own, or its call's. */
export function offsetOf(context: LowerContext, node: SyntaxNode): number {
  return context.callOffset ?? Number(node?.TextStart ?? 0);
}

/** Creates an `InputError` for a node, placed in the query text. */
export function errorAt(
  context: LowerContext,
  node: SyntaxNode,
  message: string,
  kind: QueryErrorKind = "unsupported",
): Error {
  const offset = offsetOf(context, node);
  return queryError(context.text, offset, message, kind, hintFor(kind));
}

/** Returns the engine type of an expression node, or raises `unsupported`. */
export function typeOfNode(context: LowerContext, node: SyntaxNode): KustoType {
  const type = scalarTypeOf(node.ResultType);
  if (type) return type;
  const name = String(node.ResultType?.Name ?? "unknown");
  const message = `the type '${name}' of this expression is not supported yet`;
  throw errorAt(context, node, message);
}

/** Returns the output columns of a tabular node, as Kusto.Language infers them. */
export function columnsOfNode(
  context: LowerContext,
  node: SyntaxNode,
): Column[] {
  const symbol = node.ResultType;
  if (!symbol?.Columns) {
    const message = "this expression does not give a table";
    throw errorAt(context, node, message, "semantic");
  }
  return columnsOfTable(symbol).map(({ name, type }) => {
    if (type) return { name, type };
    const message = `the type of column '${name}' is not supported yet`;
    throw errorAt(context, node, message);
  });
}
