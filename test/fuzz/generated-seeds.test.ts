import { cpSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAll } from "../../src/cases/run.js";
import { formatTextReport } from "../../src/report/text.js";
import type { RuleReport, RunReport } from "../../src/report/types.js";
import { makeTempRepo, type TempRepo } from "../cases/temp-repo.js";
import { REPOSITORY_ROOT } from "./corpus.js";

const MFA_RULE =
  "noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules/Community/Dalonso/SigninLogs/10-SIGNIN-MFAFatigue.yaml";
const CORPUS = join(REPOSITORY_ROOT, "test/fixtures/corpus/sentinel");
const SCHEMAS = join(REPOSITORY_ROOT, "schemas");

/** A rule file with a scheduled query and nothing else of note. */
function ruleYaml(id: string, query: string): string {
  const body = query
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
  return [
    `id: ${id}`,
    `name: ${id}`,
    "kind: Scheduled",
    "description: Test rule.",
    "severity: Low",
    "queryFrequency: 1h",
    "queryPeriod: 1h",
    "triggerOperator: gt",
    "triggerThreshold: 0",
    "query: |",
    body,
    "",
  ].join("\n");
}

const UNREACHABLE_ID = "6a1f0c3e-0000-4000-8000-000000000001";
const PLAIN_ID = "6a1f0c3e-0000-4000-8000-000000000002";

/** Both `where` conditions compare one column with two different constants. */
const UNREACHABLE = `SigninLogs
| where UserPrincipalName == "a@contoso.com"
| where UserPrincipalName == "b@contoso.com"
| summarize Total = count() by UserPrincipalName
| where Total > 5`;

const GROUPS_ID = "6a1f0c3e-0000-4000-8000-000000000003";
const FILTERED_GROUPS_ID = "6a1f0c3e-0000-4000-8000-000000000004";

/** The second count() counts users per app, not sign-in events. */
const GROUPS = `SigninLogs
| summarize Attempts = count() by UserPrincipalName, AppDisplayName
| summarize Users = count() by AppDisplayName
| where Users > 2`;

const FILTERED_GROUPS = `SigninLogs
| summarize Attempts = count() by UserPrincipalName, AppDisplayName
| where isnotempty(UserPrincipalName)
| summarize Users = count() by AppDisplayName
| where Users > 2`;

const NO_THRESHOLD = `SigninLogs
| where ResultType == "50126"
| project TimeGenerated, UserPrincipalName`;

let repo: TempRepo;

function run(seed = 7): RunReport {
  return runAll({
    root: repo.root,
    rulesDir: "rules",
    casesDir: "cases",
    schemasDir: SCHEMAS,
    seed,
    fuzzRuns: 50,
  });
}

function ruleNamed(report: RunReport, file: string): RuleReport {
  const rule = report.rules.find((item) => item.file === file);
  if (!rule) throw new Error(`no report for ${file}`);
  return rule;
}

beforeEach(() => {
  repo = makeTempRepo("kql-generated-seeds-");
  repo.write("cases/.keep", "");
});

afterEach(() => {
  repo.remove();
});

describe("fuzzing a rule with no cases", () => {
  it("reports the corpus rule's threshold", () => {
    cpSync(join(CORPUS, MFA_RULE), join(repo.root, "rules/mfa.yaml"));

    const rule = ruleNamed(run(), "rules/mfa.yaml");

    expect(rule.threshold).toMatchObject({
      found: true,
      column: "MFAInterruptCount",
      operator: ">=",
      value: 5,
      aggregate: "count",
      groupBy: ["UserPrincipalName"],
    });
  });

  it("runs the boundary from generated events", () => {
    cpSync(join(CORPUS, MFA_RULE), join(repo.root, "rules/mfa.yaml"));

    const rule = ruleNamed(run(), "rules/mfa.yaml");
    const boundary = rule.properties.find((item) => item.name.startsWith("boundary: "));

    expect(boundary?.name).toBe("boundary: MFAInterruptCount >= 5");
    expect(boundary?.status).toBe("passed");
    expect(boundary?.runs).toBeGreaterThan(0);
    expect(boundary?.seed).toBe(7);
    expect(rule.skippedProperties ?? []).not.toContainEqual(
      expect.objectContaining({ name: "boundary" }),
    );
  });

  it("skips the boundary when no event passes", () => {
    repo.write("rules/unreachable.yaml", ruleYaml(UNREACHABLE_ID, UNREACHABLE));

    const rule = ruleNamed(run(), "rules/unreachable.yaml");

    expect(rule.threshold).toMatchObject({ found: true, column: "Total", value: 5 });
    expect(rule.properties).toEqual([]);
    expect(rule.skippedProperties).toContainEqual({
      name: "boundary",
      reason: "no generated event passes the filters before the threshold",
    });
    expect(rule.status).toBe("passed");
  });
});

describe("count of an earlier summarize's groups", () => {
  it("varies that summarize's other key", () => {
    repo.write("rules/groups.yaml", ruleYaml(GROUPS_ID, GROUPS));

    const rule = ruleNamed(run(), "rules/groups.yaml");
    const boundary = rule.properties.find((item) => item.name.startsWith("boundary: "));

    expect(boundary?.name).toBe("boundary: Users > 2");
    expect(boundary?.status).toBe("passed");
    expect(rule.status).toBe("passed");
  });

  it("skips the boundary behind a filter", () => {
    repo.write("rules/filtered.yaml", ruleYaml(FILTERED_GROUPS_ID, FILTERED_GROUPS));

    const rule = ruleNamed(run(), "rules/filtered.yaml");

    expect(rule.properties.map((item) => item.name)).not.toContain("boundary: Users > 2");
    expect(rule.skippedProperties).toContainEqual({
      name: "boundary",
      reason:
        "the aggregate counts the groups of an earlier summarize whose rows are filtered, so its boundary is not generated",
    });
  });
});

describe("threshold totals", () => {
  beforeEach(() => {
    cpSync(join(CORPUS, MFA_RULE), join(repo.root, "rules/mfa.yaml"));
    repo.write("rules/unreachable.yaml", ruleYaml(UNREACHABLE_ID, UNREACHABLE));
    repo.write("rules/plain.yaml", ruleYaml(PLAIN_ID, NO_THRESHOLD));
  });

  it("counts found and fuzzed thresholds", () => {
    const report = run();

    expect(report.summary.rules).toBe(3);
    expect(report.summary.thresholdsFound).toBe(2);
    expect(report.summary.thresholdsFuzzed).toBe(1);
    expect(report.summary.propertiesFailed).toBe(0);
  });

  it("prints them on the totals line", () => {
    const text = formatTextReport(run(), { color: false });
    const totals = text.trimEnd().split("\n").at(-1);

    expect(totals).toMatch(/; thresholds: 2 found, 1 fuzzed$/);
  });

  it("leaves them out when fuzzing is off", () => {
    const report = runAll({
      root: repo.root,
      rulesDir: "rules",
      casesDir: "cases",
      schemasDir: SCHEMAS,
      fuzzRuns: 0,
    });

    expect(report.summary.thresholdsFound).toBeUndefined();
    expect(report.summary.thresholdsFuzzed).toBeUndefined();
    expect(formatTextReport(report, { color: false })).not.toContain("thresholds:");
  });
});
