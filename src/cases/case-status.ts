import { formatInputError, type InputError } from "../errors.js";
import type {
  CaseReport,
  CaseStatus,
  PropertyReport,
  ReportError,
  RuleStatus,
} from "../report/types.js";
import type { Comparison } from "./compare.js";

/**
 * Turns a comparison into a case status, applying `xfail`: a failing case
 * marked `xfail` is `xfail`, and a passing one is `xpass`, which fails the
 * run because the defect it documents seems fixed.
 */
export function caseVerdict(
  comparison: Comparison,
  xfail: string | undefined,
): { status: CaseStatus; message: string } {
  if (xfail === undefined) {
    return { status: comparison.passed ? "passed" : "failed", message: comparison.message };
  }
  if (comparison.passed) {
    return {
      status: "xpass",
      message: `passed but is marked xfail (${xfail}); remove xfail if the rule was fixed`,
    };
  }
  return { status: "xfail", message: `expected failure: ${xfail} (${comparison.message})` };
}

/** Sums up a rule's status from its cases, its own errors and its properties. */
export function ruleStatus(
  cases: readonly CaseReport[],
  errors: readonly ReportError[],
  properties: readonly PropertyReport[] = [],
): RuleStatus {
  if (errors.length > 0 || cases.some((report) => report.status === "error")) return "error";
  if (cases.some((report) => report.status === "failed" || report.status === "xpass")) {
    return "failed";
  }
  return properties.some((property) => property.status === "failed") ? "failed" : "passed";
}

/** Converts an input error to its report form, keeping the terminal text. */
export function reportError(error: InputError): ReportError {
  return {
    message: error.message,
    file: error.file,
    line: error.line,
    column: error.column,
    hint: error.hint,
    text: formatInputError(error),
  };
}
