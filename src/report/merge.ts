import { InputError } from "../errors.js";
import type { ReportError, RunReport, RunSummary } from "./types.js";

/**
 * Combines the run reports of shards into one. Rules are concatenated and
 * sorted by file, summary counts are added, and an error outside any rule
 * that several shards report (each shard loads every case) is kept once.
 * The same rule in two shards raises an `InputError`, since the shards then
 * overlap.
 */
export function mergeReports(reports: readonly RunReport[]): RunReport {
  const rules = reports.flatMap((report) => report.rules);
  checkDisjoint(rules.map((rule) => `${rule.file}#${rule.id}`));
  rules.sort((a, b) => compareText(a.file, b.file) || compareText(a.id, b.id));

  const allErrors = reports.flatMap((report) => report.errors);
  const errors = uniqueErrors(allErrors);
  const summary = addSummaries(reports.map((report) => report.summary));
  summary.errors -= allErrors.length - errors.length;
  return { summary, rules, errors };
}

function checkDisjoint(keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) {
      throw new InputError(`rule ${key.replace("#", " (id ")}) is in more than one shard report`, {
        hint: "merge the reports of one split only, each shard once",
        kind: "merge",
      });
    }
    seen.add(key);
  }
}

function uniqueErrors(errors: readonly ReportError[]): ReportError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (seen.has(error.text)) return false;
    seen.add(error.text);
    return true;
  });
}

/**
 * Adds the summaries' counts. The property and threshold counts are added
 * only when a report has them, since reports written without fuzzing lack
 * them.
 */
function addSummaries(summaries: readonly RunSummary[]): RunSummary {
  const total: RunSummary = { rules: 0, cases: 0, passed: 0, failed: 0, errors: 0, xfail: 0, xpass: 0 };
  if (summaries.some((summary) => summary.propertiesPassed !== undefined)) {
    total.propertiesPassed = 0;
    total.propertiesFailed = 0;
  }
  if (summaries.some((summary) => summary.thresholdsFound !== undefined)) {
    total.thresholdsFound = 0;
    total.thresholdsFuzzed = 0;
  }
  for (const summary of summaries) {
    for (const key of Object.keys(total) as (keyof RunSummary)[]) {
      total[key] = (total[key] ?? 0) + (summary[key] ?? 0);
    }
  }
  return total;
}

/**
 * Parses the JSON of a run report (`run --format json`) written by a shard.
 * `file` names it in errors.
 */
export function parseRunReport(text: string, file: string): RunReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    throw new InputError(`invalid JSON in run report: ${(error as Error).message}`, {
      file,
      hint: "pass the files written by run --format json",
      kind: "merge",
    });
  }
  if (!isRunReport(value)) {
    throw new InputError("not a run report: summary, rules or errors is missing", {
      file,
      hint: "pass the files written by run --format json",
      kind: "merge",
    });
  }
  return value;
}

function isRunReport(value: unknown): value is RunReport {
  const report = value as Partial<RunReport> | null;
  return (
    typeof report === "object" &&
    report !== null &&
    typeof report.summary === "object" &&
    report.summary !== null &&
    Array.isArray(report.rules) &&
    Array.isArray(report.errors)
  );
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
