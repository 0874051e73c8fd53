import type { CompileOptions } from "../kql/api.js";
/** The families of mutation applied to a query. */
export type MutantKind = "threshold" | "comparison" | "case-sensitivity" | "string-operator" | "drop-where" | "aggregate";
/** One small change to a rule's query, made at a syntax tree offset. */
export interface Mutant {
    kind: MutantKind;
    /** The change and its line, such as `line 9: '>' to '>=' in 'ChannelCount > threshold'`. */
    description: string;
    /** Offset and length of the replaced text in the original query. */
    offset: number;
    length: number;
    replacement: string;
    /** The mutated query. */
    query: string;
}
/**
 * Lists the mutants of a query: each threshold literal one lower and one
 * higher, then the operator changes, the dropped `where`s and the aggregate
 * changes, each group in query order. The operators `<`, `<=`, `>`, `>=`
 * move to their neighbour, `=~` becomes `==` (`!~` becomes `!=`, `in~`
 * becomes `in`), and `has` and `contains` swap, also negated. `dcount`
 * becomes `count` and `make_set` becomes `make_list`.
 */
export declare function generateMutants(text: string, options?: CompileOptions): Mutant[];
/** Returns the 1-based line of an offset in the query text. */
export declare function lineOf(text: string, offset: number): number;
