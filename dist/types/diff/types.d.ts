import type { ReportError } from "../report/types.js";
/** An alert as the diff report shows it. */
export interface DiffAlert {
    columns: Record<string, unknown>;
    entities: Record<string, unknown>[];
}
/** An alert that one version of a rule raises on one input and the other does not. */
export interface DiffEntry {
    /** The name of the golden case (or other input) the alert was raised on. */
    case: string;
    alert: DiffAlert;
}
/**
 * An alert both versions raise for the same entities but with other
 * columns, or with the same columns but other entities. `alert` is the head
 * version.
 */
export interface ChangedEntry extends DiffEntry {
    base: DiffAlert;
    /** Names of the columns whose values differ, sorted; empty when only the entities differ. */
    columns: string[];
}
export type RuleChange = "modified" | "added" | "deleted";
/**
 * The reason a rule was evaluated: its file, its cases, a schema or
 * function it reads, or a file every case receives (`inputs`).
 */
export type ChangeReason = "rule" | "cases" | "schemas" | "inputs";
export interface RuleDiff {
    id: string;
    name: string;
    /** The rule's file relative to the root: the head file, or the base file of a deleted rule. */
    file: string;
    change: RuleChange;
    reasons: ChangeReason[];
    /** How many inputs (golden cases and extra inputs) both versions ran on. */
    inputs: number;
    added: DiffEntry[];
    removed: DiffEntry[];
    changed: ChangedEntry[];
    /** Errors that kept a version of the rule from being evaluated on an input. */
    errors: ReportError[];
}
export interface DiffSummary {
    rules: number;
    added: number;
    removed: number;
    changed: number;
    errors: number;
}
/**
 * The JSON of `diff --format json`. Objects are built with the documented
 * fields first, in the documented order; `dirty`, `errors`, `name`,
 * `reasons`, `inputs` and `summary.errors` are additions.
 */
export interface DiffReport {
    /** Short hash of the base commit. */
    base: string;
    /** Short hash of HEAD. The working tree, which may hold uncommitted changes, is what runs. */
    head: string;
    /** True when the working tree differs from HEAD in the compared folders. */
    dirty: boolean;
    summary: DiffSummary;
    rules: RuleDiff[];
    /** Problems not tied to one rule, such as a base rule file that no longer loads. */
    errors: ReportError[];
}
