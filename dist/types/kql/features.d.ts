import type { InputError } from "../errors.js";
import type { CompileOptions } from "./api.js";
import "./functions/index.js";
/** The features a query uses, for the `coverage` command. */
export interface FeatureReport {
    /** False when the query has syntax errors. */
    readonly parsed: boolean;
    /** Kusto.Language's error diagnostics, as input errors placed in the query. */
    readonly diagnostics: readonly InputError[];
    /** The tabular operators, functions and scalar operators used, sorted. */
    readonly used: string[];
    /** The entries of `used` the engine does not support, sorted. */
    readonly unsupported: string[];
}
/**
 * Lists the tabular operators, functions and scalar operators a query
 * uses, and which of them the engine does not support. Support is read
 * from the tables the lowering uses. Calls of workspace and `let`
 * functions are followed into their bodies.
 *
 * NOTE: an operator counts as supported by its kind. An argument form the
 * lowering rejects, such as `row_number()` with a restart condition, shows
 * only when the query is compiled.
 */
export declare function analyzeFeatures(text: string, options: CompileOptions): FeatureReport;
