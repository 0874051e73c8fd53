import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { BagUnpackPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Table } from "../types.js";
type Conflict = NonNullable<BagUnpackPlan["conflict"]>;
/**
 * `evaluate bag_unpack(Column [, OutputColumnPrefix] [, columnsConflict])
 * [: (Name: type, ...)]`
 * (https://learn.microsoft.com/kusto/query/bag-unpack-plugin). With an
 * output schema, each output column is the input column of that name, or
 * else the bag's slot of that name without the prefix, converted to the
 * column's type. Without one, the columns depend on the data: the input
 * columns except `Column`, then one per distinct slot, sorted by name.
 */
export declare function lowerBagUnpack(node: SyntaxNode, args: SyntaxNode[], input: TabularPlan, context: LowerContext): BagUnpackPlan;
interface Slots {
    readonly column: string;
    readonly prefix: string;
    readonly conflict: Conflict;
}
/**
 * Derives the output columns of `bag_unpack` without a schema from its
 * input rows. A slot's column has the type of its values when they share
 * one, else `dynamic`; null values are ignored.
 *
 * NOTE: a whole JSON number counts as `long` and a fractional one as
 * `real`, so a slot holding both becomes `dynamic`.
 */
export declare function unpackedColumns(table: Table, slots: Slots): Column[];
export declare function compileBagUnpack(plan: BagUnpackPlan, compiler: Compiler): TableFunction;
export {};
