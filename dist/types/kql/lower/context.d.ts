import type { QueryErrorKind } from "../query-errors.js";
import type { LetConstant, ScalarPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType } from "../types.js";
/**
 * The meaning of a name bound by `let` or by a function parameter. A
 * `row` binding is a scalar that reads the row of an enclosing operator,
 * seen from a subquery that cannot read that row.
 */
export type Binding = {
    readonly kind: "scalar";
    readonly plan: ScalarPlan;
} | {
    readonly kind: "tabular";
    readonly plan: TabularPlan;
} | {
    readonly kind: "row";
    readonly plan: ScalarPlan;
};
/** Nested `let` scopes: a query, then each function body it expands. */
export declare class Scope {
    private readonly parent?;
    private readonly isolated;
    private readonly bindings;
    constructor(parent?: Scope | undefined, isolated?: boolean);
    bind(name: string, binding: Binding): void;
    lookup(name: string): Binding | undefined;
    child(): Scope;
    /**
     * Returns a child scope for a tabular expression inside a scalar one,
     * such as `toscalar(T | where x == p)`. The subquery runs once per
     * evaluation, so the scalars that read the current row turn into `row`
     * bindings there.
     */
    isolate(): Scope;
}
/**
 * Tells whether a scalar reads the current row: one of its columns, its
 * position (`prev`, `row_number`) or its ingestion time.
 */
export declare function readsRow(plan: ScalarPlan): boolean;
/** Returns a context for a tabular expression inside a scalar one. */
export declare function subqueryContext(context: LowerContext): LowerContext;
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
export declare function withRow(context: LowerContext, columns: readonly Column[]): LowerContext;
/** Returns the offset to record for a node: its own, or its call's. */
export declare function offsetOf(context: LowerContext, node: SyntaxNode): number;
/** Creates an `InputError` for a node, placed in the query text. */
export declare function errorAt(context: LowerContext, node: SyntaxNode, message: string, kind?: QueryErrorKind): Error;
/** Returns the engine type of an expression node, or raises `unsupported`. */
export declare function typeOfNode(context: LowerContext, node: SyntaxNode): KustoType;
/** Returns the output columns of a tabular node, as Kusto.Language infers them. */
export declare function columnsOfNode(context: LowerContext, node: SyntaxNode): Column[];
