import type { Column, KustoType, Value } from "../types.js";
/**
 * The engine's own query plan, lowered from Kusto.Language's syntax tree.
 * Every node keeps `offset`, the character offset in the query text of the
 * syntax it came from, so that errors and the fuzzer can point back at it.
 */
/** A scalar expression, evaluated per row (or once, when constant). */
export type ScalarPlan = LiteralPlan | ColumnPlan | VariablePlan | CallPlan | LogicalPlan | ConditionalPlan | TabularValuePlan | RowWindowPlan | IngestionTimePlan;
export interface LiteralPlan {
    readonly kind: "literal";
    readonly offset: number;
    readonly type: KustoType;
    readonly value: Value;
}
/** A column of the input row, resolved to its index at compile time. */
export interface ColumnPlan {
    readonly kind: "column";
    readonly offset: number;
    readonly type: KustoType;
    readonly name: string;
}
/**
 * A reference to a `let`-bound scalar (`let threshold = 3;`). `value` is
 * the value when the binding is a constant; otherwise the expression is
 * evaluated once per evaluation (`let since = ago(1d);`).
 */
export interface VariablePlan {
    readonly kind: "variable";
    readonly offset: number;
    readonly type: KustoType;
    readonly name: string;
    readonly id: number;
    readonly expression: ScalarPlan;
    readonly value?: Value;
}
/** A built-in scalar function or operator taken from the registry. */
export interface CallPlan {
    readonly kind: "call";
    readonly offset: number;
    readonly type: KustoType;
    /** The registry name (`tostring`, `==`, `has`, `[]`). */
    readonly name: string;
    readonly args: readonly ScalarPlan[];
}
/** `and`, `or` and `not` with Kusto's three-valued logic. */
export interface LogicalPlan {
    readonly kind: "and" | "or" | "not";
    readonly offset: number;
    readonly type: "bool";
    readonly args: readonly ScalarPlan[];
}
/** `iff` and `case`: conditions tried in order, then the default value. */
export interface ConditionalPlan {
    readonly kind: "conditional";
    readonly offset: number;
    readonly type: KustoType;
    readonly branches: readonly {
        condition: ScalarPlan;
        value: ScalarPlan;
    }[];
    readonly otherwise: ScalarPlan;
}
/**
 * A tabular expression used as a scalar. `toscalar(T)` gives the first
 * column of the first row, and `column-array` gives the first column as an
 * array (the right side of `in (T | project x)`). The table is evaluated
 * once per evaluation.
 */
export interface TabularValuePlan {
    readonly kind: "toscalar" | "column-array";
    readonly offset: number;
    readonly type: KustoType;
    readonly id: number;
    readonly input: TabularPlan;
}
/**
 * Window functions of serialized rows: `row_number(start, restart)`,
 * `prev(expr, offset, default)`, `next(expr, offset, default)`,
 * `row_cumsum(term, restart)` and `row_window_session(expr, maxFromFirst,
 * maxBetweenNeighbors, restart)`.
 */
export interface RowWindowPlan {
    readonly kind: WindowKind;
    readonly offset: number;
    readonly type: KustoType;
    readonly args: readonly ScalarPlan[];
}
/**
 * `ingestion_time()`: the ingestion time a table read recorded for the
 * row (see `operators/ingestion-time.ts`), or else `fallback`.
 */
export interface IngestionTimePlan {
    readonly kind: "ingestion_time";
    readonly offset: number;
    readonly type: "datetime";
    readonly fallback: ScalarPlan;
}
/** The window functions, by name. */
export type WindowKind = "row_number" | "prev" | "next" | "row_cumsum" | "row_window_session";
/** An output column computed from an expression. */
export interface NamedExpression {
    readonly name: string;
    readonly expression: ScalarPlan;
}
/** An aggregate of `summarize`; `outputs` names the columns it produces. */
export interface AggregatePlan {
    readonly offset: number;
    /** The registry name (`count`, `make_set`, `arg_max`). */
    readonly name: string;
    readonly args: readonly ScalarPlan[];
    readonly type: KustoType;
    readonly outputs: readonly Column[];
    /**
     * For `arg_max`, `arg_min` and `take_any` with `*`: the input column index
     * of each output that `*` adds after the written arguments.
     */
    readonly rowColumns?: readonly number[];
}
export type JoinKind = "innerunique" | "inner" | "leftouter" | "rightouter" | "fullouter" | "leftanti" | "rightanti" | "leftsemi" | "rightsemi";
export interface SortKey {
    readonly expression: ScalarPlan;
    readonly descending: boolean;
    readonly nullsFirst: boolean;
}
interface TabularBase {
    readonly offset: number;
    /** The output columns, as Kusto.Language infers them. */
    readonly columns: readonly Column[];
}
/** A tabular expression. */
export type TabularPlan = TablePlan | FilterPlan | ExtendPlan | ProjectPlan | SummarizePlan | JoinPlan | UnionPlan | SortPlan | TakePlan | TopPlan | DistinctPlan | CountPlan | MvExpandPlan | ParsePlan | ValuesPlan | RangePlan | SerializePlan | MaterializePlan | BagUnpackPlan | MvApplyPlan | RowsPlan | MakeSeriesPlan | ExternalDataPlan | PivotPlan;
/** A table the query reads by name. */
export interface TablePlan extends TabularBase {
    readonly kind: "table";
    readonly name: string;
}
export interface FilterPlan extends TabularBase {
    readonly kind: "where";
    readonly input: TabularPlan;
    readonly predicate: ScalarPlan;
}
/** `extend`: each assignment sets or adds a column, reading the input row. */
export interface ExtendPlan extends TabularBase {
    readonly kind: "extend";
    readonly input: TabularPlan;
    readonly assignments: readonly NamedExpression[];
}
/**
 * An operator that maps each input row to a row of new columns: `project`,
 * `project-away`, `project-keep`, `project-rename`, `project-reorder`, and
 * the expressions over aggregates after a `summarize`. `operator` keeps the
 * operator's name.
 */
export interface ProjectPlan extends TabularBase {
    readonly kind: "project";
    readonly operator: string;
    readonly input: TabularPlan;
    readonly items: readonly NamedExpression[];
}
export interface SummarizePlan extends TabularBase {
    readonly kind: "summarize";
    readonly input: TabularPlan;
    readonly keys: readonly NamedExpression[];
    readonly aggregates: readonly AggregatePlan[];
}
export interface JoinPlan extends TabularBase {
    readonly kind: "join";
    readonly joinKind: JoinKind;
    /**
     * `lookup` is a `leftouter` (or `inner`) join keeping one copy of keys.
     * `ipv4_lookup` and `ipv6_lookup` match their first keys, an address and
     * a network, by IP prefix and their other keys by equality (see
     * `operators/ipv4-lookup.ts`).
     */
    readonly operator: "join" | "lookup" | "ipv4_lookup" | "ipv6_lookup";
    readonly left: TabularPlan;
    readonly right: TabularPlan;
    readonly leftKeys: readonly ScalarPlan[];
    readonly rightKeys: readonly ScalarPlan[];
    /** For each output column: the side and input column index it comes from. */
    readonly sources: readonly {
        side: "left" | "right";
        index: number;
    }[];
}
export interface UnionPlan extends TabularBase {
    readonly kind: "union";
    readonly inputs: readonly {
        plan: TabularPlan;
        name: string;
    }[];
    /** The `withsource` column name, when given. */
    readonly sourceColumn?: string;
}
export interface SortPlan extends TabularBase {
    readonly kind: "sort";
    readonly input: TabularPlan;
    readonly keys: readonly SortKey[];
}
export interface TakePlan extends TabularBase {
    readonly kind: "take";
    readonly input: TabularPlan;
    readonly count: ScalarPlan;
}
export interface TopPlan extends TabularBase {
    readonly kind: "top";
    readonly input: TabularPlan;
    readonly count: ScalarPlan;
    readonly keys: readonly SortKey[];
}
export interface DistinctPlan extends TabularBase {
    readonly kind: "distinct";
    readonly input: TabularPlan;
    readonly items: readonly NamedExpression[];
}
export interface CountPlan extends TabularBase {
    readonly kind: "count";
    readonly input: TabularPlan;
}
export interface MvExpandPlan extends TabularBase {
    readonly kind: "mv-expand";
    readonly input: TabularPlan;
    /** The expanded expressions; their results replace or add columns. */
    readonly items: readonly {
        expression: ScalarPlan;
        name: string;
        type: KustoType;
    }[];
    readonly bagExpansion: "bag" | "array";
    readonly limit?: number;
    readonly indexColumn?: string;
}
/** `parse` and `parse-where`: a pattern of literals and typed captures. */
export interface ParsePlan extends TabularBase {
    readonly kind: "parse";
    readonly input: TabularPlan;
    readonly source: ScalarPlan;
    readonly regex: string;
    readonly flags: string;
    readonly captures: readonly Column[];
    /** True for `parse-where`, which drops rows that do not match. */
    readonly dropUnmatched: boolean;
    /** True for `kind=relaxed`, where a value that does not convert is null. */
    readonly relaxed: boolean;
}
/** Rows given in the query: `print` and `datatable`. */
export interface ValuesPlan extends TabularBase {
    readonly kind: "values";
    readonly operator: "print" | "datatable";
    readonly rows: readonly (readonly ScalarPlan[])[];
}
export interface RangePlan extends TabularBase {
    readonly kind: "range";
    readonly from: ScalarPlan;
    readonly to: ScalarPlan;
    readonly step: ScalarPlan;
}
/** `serialize`: marks rows as ordered; can add columns like `extend`. */
export interface SerializePlan extends TabularBase {
    readonly kind: "serialize";
    readonly input: TabularPlan;
    readonly assignments: readonly NamedExpression[];
}
/** `materialize(T)` and `as`: the input, evaluated once per evaluation. */
export interface MaterializePlan extends TabularBase {
    readonly kind: "materialize";
    readonly id: number;
    readonly input: TabularPlan;
}
/** `evaluate bag_unpack(column [, prefix])`. */
export interface BagUnpackPlan extends TabularBase {
    readonly kind: "bag_unpack";
    readonly input: TabularPlan;
    readonly column: string;
    readonly prefix: string;
    /**
     * The rule for a column named both in the input and in the bag: the
     * bag's value wins with `replace_source`, the input column's otherwise.
     */
    readonly conflict?: "error" | "replace_source" | "keep_source";
}
/**
 * `mv-apply`: for each input row, `expand` turns the row (read through the
 * `rows` node `rowsId`) into a subtable, and `subquery` runs over it. The
 * output columns not produced by the subquery come from the input row.
 */
export interface MvApplyPlan extends TabularBase {
    readonly kind: "mv-apply";
    readonly input: TabularPlan;
    readonly rowsId: number;
    readonly expand: MvExpandPlan;
    readonly subquery: TabularPlan;
}
/**
 * `make-series`: per group of `keys`, one array per aggregate over the bins
 * `from`, `from + step`, ... below `to`, and the array of bin starts.
 */
export interface MakeSeriesPlan extends TabularBase {
    readonly kind: "make-series";
    readonly input: TabularPlan;
    readonly keys: readonly NamedExpression[];
    readonly aggregates: readonly {
        aggregate: AggregatePlan;
        fallback: ScalarPlan;
    }[];
    readonly axis: ScalarPlan;
    readonly from?: ScalarPlan;
    readonly to?: ScalarPlan;
    readonly step: ScalarPlan;
}
/**
 * `externaldata`: the rows of the content given for each URL at
 * evaluation, read in `format` (see `operators/externaldata.ts`).
 */
export interface ExternalDataPlan extends TabularBase {
    readonly kind: "externaldata";
    readonly urls: readonly string[];
    readonly format: string;
    /** Skips the first record of each URL's content, such as a CSV header. */
    readonly ignoreFirstRecord: boolean;
}
/**
 * `evaluate pivot(PivotColumn, Aggregate, Keys...) : (schema)`: one row per
 * distinct key, and per output column named after a value of the pivot
 * column, the aggregate over the rows with that key and value.
 */
export interface PivotPlan extends TabularBase {
    readonly kind: "pivot";
    readonly input: TabularPlan;
    /** The input column whose values name the output columns. */
    readonly pivotColumn: string;
    /** The input columns the rows are grouped by, in output order. */
    readonly keys: readonly string[];
    readonly aggregate: AggregatePlan;
}
/** Rows an enclosing operator supplies, such as the current row of `mv-apply`. */
export interface RowsPlan extends TabularBase {
    readonly kind: "rows";
    readonly id: number;
}
/** The lowered query: its result, the `let` constants and the tables it reads. */
export interface Plan {
    readonly root: TabularPlan;
    readonly constants: readonly LetConstant[];
    readonly tables: readonly string[];
}
/** A `let` statement that binds a scalar constant, for the fuzzer. */
export interface LetConstant {
    readonly name: string;
    readonly offset: number;
    readonly type: KustoType;
    readonly value: Value;
}
/** Fails to compile when a switch over a union misses a kind. */
export declare function assertNever(value: never): never;
export {};
