import { type InputError } from "../errors.js";
import type { CaseReport, CaseStatus, PropertyReport, ReportError, RuleStatus } from "../report/types.js";
import type { Comparison } from "./compare.js";
/**
 * Turns a comparison into a case status, applying `xfail`: a failing case
 * marked `xfail` is `xfail`, and a passing one is `xpass`, which fails the
 * run because the defect it documents seems fixed.
 */
export declare function caseVerdict(comparison: Comparison, xfail: string | undefined): {
    status: CaseStatus;
    message: string;
};
/** Sums up a rule's status from its cases, its own errors and its properties. */
export declare function ruleStatus(cases: readonly CaseReport[], errors: readonly ReportError[], properties?: readonly PropertyReport[]): RuleStatus;
/** Converts an input error to its report form, keeping the terminal text. */
export declare function reportError(error: InputError): ReportError;
