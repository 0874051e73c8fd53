import type { Column } from "../types.js";
/** An output column of `union kind=outer` and the input column it reads. */
export interface UnionColumn extends Column {
    /** The name and type of the input columns whose values fill it. */
    readonly origin: Column;
}
/**
 * Names the columns of `union kind=outer` the way the union page describes
 * (learn.microsoft.com/kusto/query/union-operator): one column per name and
 * type, in order of first appearance. A name that comes with more than one
 * type gets the suffix `_type` for each of them, and a suffixed name that
 * another column already has gets a number, so `x:long`, `x:int` and
 * `x_long:long` give `x_long1`, `x_int` and `x_long`.
 */
export declare function outerUnionColumns(inputs: readonly (readonly Column[])[]): UnionColumn[];
