import type { TabularPlan } from "../plan/types.js";
import type { Column, Table } from "../types.js";

/**
 * Raised while lowering an operator whose output columns depend on the
 * data (`evaluate bag_unpack(d)` or `evaluate pivot(k)` without an output
 * schema). It is control flow, not an error: `compileQuery` catches it and
 * compiles the query again for each column set the data gives.
 */
export class SchemaNeeded extends Error {
  constructor(
    /** The operator's input, which the columns are derived from. */
    readonly input: TabularPlan,
    /** The offset in the query text after the plugin call, where the output schema goes. */
    readonly insertAt: number,
    /** Derives the operator's output columns from its input rows. */
    readonly columnsFor: (input: Table) => Column[],
  ) {
    super("the output columns of an operator depend on the data");
    this.name = "SchemaNeeded";
  }
}
