import type { DiffReport } from "../../src/diff/types.js";
import type { CaseReport, RuleReport, RunReport } from "../../src/report/types.js";

/** Builds a passing case; overrides build others. */
export function caseReport(overrides: Partial<CaseReport> = {}): CaseReport {
  return {
    name: "four channels",
    file: "test-cases/zoom/link-sharing.yaml",
    line: 1,
    status: "passed",
    message: "",
    diff: { missing: [], unexpected: [] },
    ...overrides,
  };
}

/** Builds a passing rule with one passing case; overrides build others. */
export function ruleReport(overrides: Partial<RuleReport> = {}): RuleReport {
  return {
    id: "1218175f-c534-421c-8070-5dcaabf28067",
    name: "Suspicious link sharing pattern",
    file: "rules/zoom/SupiciousLinkSharing.yaml",
    status: "passed",
    threshold: { found: true, column: "ChannelCount", operator: ">", value: 3 },
    mutationScore: 1,
    cases: [caseReport()],
    properties: [],
    mutants: [],
    errors: [],
    warnings: [],
    ...overrides,
  };
}

/** Builds a run report and computes its summary from the rules. */
export function runReport(rules: RuleReport[] = [ruleReport()]): RunReport {
  const cases = rules.flatMap((rule) => rule.cases);
  const countStatus = (status: CaseReport["status"]) =>
    cases.filter((item) => item.status === status).length;
  return {
    summary: {
      rules: rules.length,
      cases: cases.length,
      passed: countStatus("passed"),
      failed: countStatus("failed"),
      errors: countStatus("error") + rules.filter((rule) => rule.errors.length > 0).length,
      xfail: countStatus("xfail"),
      xpass: countStatus("xpass"),
    },
    rules,
    errors: [],
  };
}

/** Builds a diff report with no rules and the given summary counts. */
export function diffReport(counts: Partial<DiffReport["summary"]> = {}): DiffReport {
  return {
    base: "abc1234",
    head: "def5678",
    dirty: false,
    summary: { rules: 0, added: 0, removed: 0, changed: 0, errors: 0, ...counts },
    rules: [],
    errors: [],
  };
}
