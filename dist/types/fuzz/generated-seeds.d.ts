import type { CompileOptions } from "../kql/api.js";
import type { FuzzEngine, Tables } from "./rule-runner.js";
import type { Rule } from "../rules/types.js";
/** An input a boundary scenario can start from: a golden case or generated tables. */
export interface SeedSource {
    /** The case file, or a label for generated input. */
    readonly file: string;
    readonly tables: Tables;
    /** When the scheduled run happens, in datetime ticks. */
    readonly at: number;
}
/** The `file` of generated seeds, which come from no case file. */
export declare const GENERATED_SOURCE = "(events generated from the table schemas)";
/**
 * Builds inputs from the schemas of the tables a rule reads, for a rule
 * with no golden case that reaches its aggregation. The first input has
 * the generated rows of `generateRows` (sample values, the query's string
 * literals, nulls), with a first row that meets every string filter of the
 * query at once. The second has variants of that row: one string column
 * (or one int or long column) set to one literal of the query. Datetimes
 * fall in the minutes before the run, so inside any look-back window of an
 * hour or more. The same rule always gives the same inputs.
 */
export declare function generateSeeds(rule: Rule, engine: FuzzEngine, schemas: CompileOptions): SeedSource[];
