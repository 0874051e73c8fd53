import type { InputError } from "../errors.js";
import { survivingMutants } from "./mutants.js";
import type { ReportError, RuleReport, RunReport } from "./types.js";

/** SARIF result levels this tool uses. */
export type SarifLevel = "error" | "warning" | "note";

/** One SARIF reporting descriptor: a kind of finding. */
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations?: SarifLocation[];
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: "%SRCROOT%" };
    region?: { startLine: number; startColumn?: number };
  };
}

/** A SARIF 2.1.0 log with one run. */
export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    results: SarifResult[];
  }[];
}

const RULES: readonly SarifRule[] = [
  descriptor("invalid-rule", "InvalidRule", "A rule file is invalid, or its query failed to compile", "error"),
  descriptor("invalid-case", "InvalidCase", "A golden test case is invalid or failed to run", "error"),
  descriptor("invalid-input", "InvalidInput", "An input file outside any rule is invalid", "error"),
  descriptor("deprecated-function", "DeprecatedFunction", "The query calls a deprecated KQL function", "warning"),
  descriptor(
    "lookback-exceeds-query-period",
    "LookbackExceedsQueryPeriod",
    "The query looks back further than the rule's queryPeriod",
    "warning",
  ),
  descriptor("rule-warning", "RuleWarning", "A rule or its cases need attention", "warning"),
  descriptor("surviving-mutant", "SurvivingMutant", "A mutant of the rule passed every test", "warning"),
];

function descriptor(id: string, name: string, text: string, level: SarifLevel): SarifRule {
  return { id, name, shortDescription: { text }, defaultConfiguration: { level } };
}

export interface SarifOptions {
  /**
   * Lint warnings: `InputError`s whose `kind` is a lint rule id. A rule
   * warning of the report with the same place and text is replaced.
   */
  lint?: readonly InputError[];
  /** The tool version written in the log. */
  version?: string;
}

/**
 * Writes a run report as a SARIF 2.1.0 log for code scanning: validation
 * errors of rules, cases and other inputs, rule warnings, lint findings and
 * surviving mutants, each at its file, line and column. Failed cases are
 * test results, not code findings, so they are left out. File paths are
 * relative to the repository root (`%SRCROOT%`).
 */
export function toSarif(report: RunReport, options: SarifOptions = {}): SarifLog {
  const lint = uniqueResults(
    (options.lint ?? []).map((warning) =>
      result(lintRuleId(warning.kind), "warning", fromInputError(warning)),
    ),
  );
  const lintKeys = new Set(lint.map(resultKey));
  const results: SarifResult[] = [];
  for (const error of report.errors) results.push(result("invalid-input", "error", error));
  for (const rule of report.rules) results.push(...ruleResults(rule));

  const withoutRepeats = results.filter((item) => item.ruleId !== "rule-warning" || !lintKeys.has(resultKey(item)));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "kql-rule-test", version: options.version ?? "0.0.0", rules: [...RULES] } },
        results: [...withoutRepeats, ...lint],
      },
    ],
  };
}

function ruleResults(rule: RuleReport): SarifResult[] {
  const results = rule.errors.map((error) => result("invalid-rule", "error", error));
  for (const item of rule.cases.filter((entry) => entry.status === "error")) {
    const place = { message: item.message, file: item.file, line: item.line, text: item.message };
    results.push(result("invalid-case", "error", place));
  }
  for (const warning of rule.warnings) results.push(result("rule-warning", "warning", warning));
  for (const mutant of survivingMutants(rule)) {
    const message = `mutant survived: ${mutant.description}; no golden case or property tells it apart from the rule`;
    const hint = "add a case whose expected alerts differ under this change";
    const line = mutant.line ?? rule.line;
    const column = mutant.line === undefined ? undefined : mutant.column;
    results.push(result("surviving-mutant", "warning", { message, hint, file: rule.file, line, column, text: message }));
  }
  return results;
}

function lintRuleId(kind: string): string {
  return RULES.some((rule) => rule.id === kind) ? kind : "rule-warning";
}

function fromInputError(error: InputError): ReportError {
  const { message, file, line, column, hint } = error;
  return { message, file, line, column, hint, text: message };
}

function result(ruleId: string, level: SarifLevel, error: ReportError): SarifResult {
  const ruleIndex = RULES.findIndex((rule) => rule.id === ruleId);
  if (ruleIndex === -1) throw new Error(`unknown SARIF rule ${ruleId}`);

  const text = error.hint ? `${error.message} (${error.hint})` : error.message;
  const item: SarifResult = { ruleId, ruleIndex, level, message: { text } };
  if (error.file) item.locations = [location(error)];
  return item;
}

function location(error: ReportError): SarifLocation {
  const uri = (error.file ?? "").replace(/\\/g, "/").replace(/^\.\//, "");
  const physicalLocation: SarifLocation["physicalLocation"] = {
    artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
  };
  if (error.line && error.line > 0) {
    physicalLocation.region = { startLine: error.line };
    if (error.column && error.column > 0) physicalLocation.region.startColumn = error.column;
  }
  return { physicalLocation };
}

function uniqueResults(results: readonly SarifResult[]): SarifResult[] {
  const seen = new Set<string>();
  return results.filter((item) => !seen.has(resultKey(item)) && seen.add(resultKey(item)) !== undefined);
}

function resultKey(item: SarifResult): string {
  const region = item.locations?.[0]?.physicalLocation;
  const place = `${region?.artifactLocation.uri}:${region?.region?.startLine}:${region?.region?.startColumn}`;
  return `${place} ${item.message.text}`;
}
