import type { RunReport, RunSummary } from "./types.js";
/** The outcome of a whole run, in the order that takes precedence. */
export type Verdict = "errors" | "failed" | "passed";
/**
 * Returns the verdict: `errors` when an error kept anything from being
 * tested, otherwise `failed` when a case or property failed or an `xfail`
 * case passed, otherwise `passed`. Surviving mutants are warnings only.
 */
export declare function verdictOf(report: RunReport): Verdict;
/** Tells whether an error (invalid input, unsupported KQL) kept anything from being tested. */
export declare function hasErrors(report: RunReport): boolean;
/** Counts failed cases, `xfail` cases that passed and failed properties. */
export declare function failureCount(report: RunReport): number;
/**
 * Formats the totals line, such as `8 passed, 1 failed, 0 errors, 2 xfail`.
 * `xpass` is added only when a case passed unexpectedly. The property
 * counts, such as `; properties: 7 passed, 0 failed`, are added only when a
 * property ran.
 */
export declare function formatTotals(summary: RunSummary): string;
/**
 * Formats the threshold counts of the totals line, such as
 * `; thresholds: 3 found, 2 fuzzed`, or nothing when fuzzing did not run.
 */
export declare function formatThresholdTotals(summary: RunSummary): string;
