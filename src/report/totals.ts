import type { RunReport, RunSummary } from "./types.js";

/** The outcome of a whole run, in the order that takes precedence. */
export type Verdict = "errors" | "failed" | "passed";

/**
 * Returns the verdict: `errors` when an error kept anything from being
 * tested, otherwise `failed` when a case or property failed or an `xfail`
 * case passed, otherwise `passed`. Surviving mutants are warnings only.
 */
export function verdictOf(report: RunReport): Verdict {
  if (hasErrors(report)) return "errors";
  if (failureCount(report) > 0) return "failed";
  return "passed";
}

/** Tells whether an error (invalid input, unsupported KQL) kept anything from being tested. */
export function hasErrors(report: RunReport): boolean {
  const ruleErrors = report.rules.some((rule) => rule.errors.length > 0);
  return report.summary.errors > 0 || report.errors.length > 0 || ruleErrors;
}

/** Counts failed cases, `xfail` cases that passed and failed properties. */
export function failureCount(report: RunReport): number {
  const properties = report.rules.flatMap((rule) => rule.properties);
  const failedProperties = properties.filter((property) => property.status === "failed");
  return report.summary.failed + report.summary.xpass + failedProperties.length;
}

/**
 * Formats the totals line, such as `8 passed, 1 failed, 0 errors, 2 xfail`.
 * `xpass` is added only when a case passed unexpectedly. The property
 * counts, such as `; properties: 7 passed, 0 failed`, are added only when a
 * property ran.
 */
export function formatTotals(summary: RunSummary): string {
  const parts = [
    `${summary.passed} passed`,
    `${summary.failed} failed`,
    `${summary.errors} ${summary.errors === 1 ? "error" : "errors"}`,
    `${summary.xfail} xfail`,
  ];
  if (summary.xpass > 0) parts.push(`${summary.xpass} xpass`);
  const passed = summary.propertiesPassed ?? 0;
  const failed = summary.propertiesFailed ?? 0;
  const properties = passed + failed > 0 ? `; properties: ${passed} passed, ${failed} failed` : "";
  return parts.join(", ") + properties;
}

/**
 * Formats the threshold counts of the totals line, such as
 * `; thresholds: 3 found, 2 fuzzed`, or nothing when fuzzing did not run.
 */
export function formatThresholdTotals(summary: RunSummary): string {
  const { thresholdsFound, thresholdsFuzzed } = summary;
  if (thresholdsFound === undefined || thresholdsFuzzed === undefined) return "";
  return `; thresholds: ${thresholdsFound} found, ${thresholdsFuzzed} fuzzed`;
}
