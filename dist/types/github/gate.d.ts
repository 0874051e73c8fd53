import type { DiffReport } from "../diff/types.js";
import type { RunReport } from "../report/types.js";
/**
 * When a run fails:
 * - `any`: a failed case or property, an xpass, or an error;
 * - `failures`: a failed case or property, or an xpass (errors are only reported);
 * - `alert-change`: as `any`, and also any alert the base-versus-head diff adds, removes or changes;
 * - `never`: the `fail-on` conditions are only reported.
 */
export type FailOn = "any" | "failures" | "alert-change" | "never";
export declare const FAIL_ON_VALUES: readonly FailOn[];
export interface GateOptions {
    failOn: FailOn;
    /**
     * The maximum number of alerts the diff may add, for release gates.
     * It applies in every `failOn` mode, `never` included.
     */
    maxNewAlerts?: number;
}
export interface GateResult {
    fail: boolean;
    /** The reasons the run fails, one sentence each, or none when it passes. */
    reasons: string[];
    /** Conditions found that the options do not fail on, such as errors with `failures`. */
    ignored: string[];
}
/**
 * Decides whether a run fails from its run report, its diff report and the
 * gate options. `diffError` is the reason a requested diff could not be computed,
 * such as a base commit missing from the clone. It counts as an error.
 */
export declare function evaluateGate(run: RunReport | undefined, diff: DiffReport | undefined, options: GateOptions, diffError?: string): GateResult;
/**
 * Parses the `fail-on` and `max-new-alerts` inputs. An empty `fail-on`
 * means `any`; an empty `max-new-alerts` means no limit.
 */
export declare function parseGateOptions(input: {
    failOn?: string;
    maxNewAlerts?: string;
}): GateOptions;
