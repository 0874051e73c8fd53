/**
 * The run report: the JSON of `run --format json`, and the model every other
 * format (text, JUnit, annotations, job summary) is written from.
 */
export interface RunReport {
  summary: RunSummary;
  rules: RuleReport[];
  /** Problems not tied to one rule, such as a case file naming no known rule. */
  errors: ReportError[];
}

export interface RunSummary {
  rules: number;
  cases: number;
  passed: number;
  failed: number;
  errors: number;
  xfail: number;
  xpass: number;
}

export type RuleStatus = "passed" | "failed" | "error";
export type CaseStatus = "passed" | "failed" | "error" | "xfail" | "xpass";

export interface ReportError {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
  /** The error as the terminal shows it (message, place, caret, hint). */
  text: string;
}

export interface ThresholdReport {
  found: boolean;
  column?: string;
  operator?: string;
  value?: number;
  /** Free-form detail: the aggregate, grouping keys, why none was found. */
  [key: string]: unknown;
}

export interface RuleReport {
  id: string;
  name: string;
  file: string;
  line?: number;
  status: RuleStatus;
  threshold: ThresholdReport | null;
  mutationScore: number | null;
  cases: CaseReport[];
  properties: PropertyReport[];
  mutants: MutantReport[];
  /** Errors that kept the rule from being tested (invalid file, bad KQL). */
  errors: ReportError[];
  /** Warnings a maintainer should act on (deprecated KQL, inferred schema). */
  warnings: ReportError[];
}

/** An alert as the report shows it. */
export interface AlertView {
  columns: Record<string, unknown>;
  entities: Record<string, unknown>[];
  customDetails?: Record<string, unknown>;
  name?: string;
  description?: string;
  severity?: string;
  tactics?: string[];
}

export interface AlertDiff {
  /** Expected alerts with no matching actual alert. */
  missing: unknown[];
  /** Actual alerts that no expectation matched. */
  unexpected: unknown[];
}

export interface CaseReport {
  name: string;
  file: string;
  line: number;
  status: CaseStatus;
  message: string;
  diff: AlertDiff;
  triggered?: { expected?: boolean; actual: boolean };
  /** The reason given with `xfail`. */
  xfail?: string;
  durationMs?: number;
}

export interface PropertyReport {
  name: string;
  status: "passed" | "failed";
  runs: number;
  seed: number;
  counterexample: unknown;
  message?: string;
  /** Where a shrunk counterexample was written as a case file. */
  counterexampleFile?: string;
}

export interface MutantReport {
  description: string;
  killed: boolean;
  killedBy?: string;
  /** A case that would kill a surviving mutant, when fuzzing found one. */
  suggestion?: unknown;
}
