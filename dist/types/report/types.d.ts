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
    /**
     * Everything an error kept from being tested: cases with status
     * `error`, a rule's own errors and errors outside any rule. JUnit counts
     * each as one `error` test case, so its `errors` total is the same.
     */
    errors: number;
    xfail: number;
    xpass: number;
    /** Properties that held; `run` always sets it, older reports may lack it. */
    propertiesPassed?: number;
    /** Properties that fuzzing found a counterexample for; each fails the run. */
    propertiesFailed?: number;
    /** Rules whose threshold was found; set only when fuzzing ran. */
    thresholdsFound?: number;
    /** Rules whose threshold's boundary property ran; set only when fuzzing ran. */
    thresholdsFuzzed?: number;
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
    /** Properties fuzzing could not build for the rule, with the reason. */
    skippedProperties?: SkippedProperty[];
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
    /** Expected alerts (or rows) with no matching actual alert. */
    missing: unknown[];
    /**
     * Actual alerts that no expectation matched, showing only the fields
     * the expectations name (or rows, with every column).
     */
    unexpected: unknown[];
    /** `rows` when the case compares the result table; alerts otherwise. */
    kind?: "alerts" | "rows";
    /** Missing alerts paired with the closest unexpected one, field by field. */
    pairs?: AlertPair[];
}
/** A missing expected alert and the unexpected actual alert closest to it. */
export interface AlertPair {
    /** Indexes into `AlertDiff.missing` and `AlertDiff.unexpected`. */
    missing: number;
    unexpected: number;
    /** Line of the expected alert in the case file. */
    line?: number;
    /** Each field the expectation names, with the expected and actual value. */
    fields: FieldComparison[];
}
export interface FieldComparison {
    /** A column name, `entities`, `customDetails`, `name`, `description`, `severity` or `tactics`. */
    field: string;
    expected: unknown;
    /** Left out when the actual alert has no such field, such as a column not in the result. */
    actual?: unknown;
    matches: boolean;
}
export interface CaseReport {
    name: string;
    file: string;
    line: number;
    status: CaseStatus;
    message: string;
    diff: AlertDiff;
    triggered?: {
        expected?: boolean;
        actual: boolean;
    };
    /** The reason given with `xfail`. */
    xfail?: string;
    durationMs?: number;
}
export interface PropertyReport {
    name: string;
    status: "passed" | "failed";
    runs: number;
    seed: number;
    /** The shrunk failing input as a golden case document, or `null`. */
    counterexample: unknown;
    message?: string;
    /** The case file a shrunk counterexample was written to, relative to the root. */
    counterexampleFile?: string;
    /** The case file that declares the property; none for automatic ones. */
    file?: string;
    line?: number;
}
export interface SkippedProperty {
    name: string;
    reason: string;
}
export interface MutantReport {
    description: string;
    killed: boolean;
    killedBy?: string;
    /**
     * `killed`, `survived`, `invalid` (the mutant does not compile or run)
     * or `skipped` (the time budget ran out). Only `survived` is a warning.
     */
    status?: "killed" | "survived" | "invalid" | "skipped";
    /** The place of the change in the rule file. */
    line?: number;
    column?: number;
    /** A case that would kill a surviving mutant, when fuzzing found one. */
    suggestion?: unknown;
}
