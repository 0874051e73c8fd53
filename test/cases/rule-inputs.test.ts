// A rule that reads a watchlist and externaldata gets the same inputs, and
// so the same alerts, through `run`, `diff` and fuzzing. The watchlist
// comes from the repository's watchlists/ folder, and the externaldata
// content from the case.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRuleEngine } from "../../src/cases/default-rule-engine.js";
import {
  loadRuleCases,
  ruleCompileInputs,
  withCaseExternalData,
} from "../../src/cases/rule-inputs.js";
import { runAll } from "../../src/cases/run.js";
import { projectSource } from "../../src/diff/project-source.js";
import { createRuleRunner } from "../../src/fuzz/rule-runner.js";
import type { RuleReport } from "../../src/report/types.js";
import { makeTempRepo, type TempRepo } from "./temp-repo.js";

const URL = "https://example.com/blocked.csv";

const SCHEMA = JSON.stringify({
  name: "SigninEvents",
  columns: [
    { name: "TimeGenerated", type: "datetime" },
    { name: "User", type: "string" },
    { name: "Ip", type: "string" },
  ],
});

const RULE = `id: 6f0c1a52-0000-4000-8000-000000000001
name: VIP sign-in from a blocked address
description: A VIP account signs in from an address on the blocked list.
severity: Medium
queryFrequency: 1h
queryPeriod: 1h
triggerOperator: gt
triggerThreshold: 0
tactics: [InitialAccess]
relevantTechniques: [T1078]
kind: Scheduled
query: |
  let vips = _GetWatchlist('vip') | project Upn;
  let blocked = externaldata(Address: string) [@"${URL}"] with (format="csv");
  SigninEvents
  | where User in (vips) and Ip in (blocked)
  | summarize Attempts = count() by User, Ip
`;

const CASE = `rule: rules/vip-blocked.yaml
name: VIP from a blocked address
at: 2026-04-20T09:00:00Z
externaldata:
  "${URL}": { file: blocked.csv }
tables:
  SigninEvents:
    - { TimeGenerated: 2026-04-20T08:10:00Z, User: ceo@contoso.com, Ip: 203.0.113.9 }
    - { TimeGenerated: 2026-04-20T08:20:00Z, User: ceo@contoso.com, Ip: 203.0.113.9 }
    - { TimeGenerated: 2026-04-20T08:30:00Z, User: intern@contoso.com, Ip: 203.0.113.9 }
    - { TimeGenerated: 2026-04-20T08:40:00Z, User: ceo@contoso.com, Ip: 198.51.100.1 }
expect:
  triggered: true
  alerts:
    - columns: { User: ceo@contoso.com, Ip: 203.0.113.9, Attempts: 2 }
`;

const ALERT_COLUMNS = { User: "ceo@contoso.com", Ip: "203.0.113.9", Attempts: 2 };

let repo: TempRepo;

beforeAll(() => {
  repo = makeTempRepo("kql-rule-inputs-");
  repo.write("schemas/SigninEvents.json", SCHEMA);
  repo.write("rules/vip-blocked.yaml", RULE);
  repo.write("watchlists/vip.csv", "Upn,Team\nceo@contoso.com,Board\n");
  repo.write("test-cases/vip-blocked.yaml", CASE);
  repo.write("test-cases/blocked.csv", "203.0.113.9\n");
});

afterAll(() => repo.remove());

function runRule(fuzzRuns: number): RuleReport {
  const report = runAll({
    root: repo.root,
    rulesDir: "rules",
    casesDir: "test-cases",
    schemasDir: "schemas",
    fuzzRuns,
    seed: 7,
  });
  expect(report.errors).toEqual([]);
  return report.rules[0];
}

/** Loads the rule and its case the way `run` does. */
function loadRuleAndCase() {
  const schemas = defaultRuleEngine.loadSchemas(`${repo.root}/schemas`);
  const [rule] = defaultRuleEngine.loadRules(`${repo.root}/rules`).rules;
  const rules = [{ id: rule.id, file: "rules/vip-blocked.yaml" }];
  const loaded = loadRuleCases({ root: repo.root, casesDir: "test-cases", schemas: schemas.tables, rules });
  return { schemas, rule, cases: loaded.cases };
}

describe("rule inputs", () => {
  it("run passes the case", () => {
    const rule = runRule(0);

    expect(rule.cases.map((item) => [item.status, item.message])).toEqual([
      ["passed", "1 alert as expected"],
    ]);
    const inputWarnings = rule.warnings.filter((warning) => /watchlist|externaldata/.test(warning.message));
    expect(inputWarnings).toEqual([]);
  });

  it("diff raises the same alert", async () => {
    const folders = { rules: "rules", cases: "test-cases", schemas: "schemas" };
    const tree = await projectSource(folders).loadTree(repo.root);

    const alerts = await tree.rules[0].evaluate(tree.inputs[0]);

    expect(tree.errors).toEqual([]);
    expect(alerts.map((alert) => alert.columns)).toEqual([ALERT_COLUMNS]);
  });

  it("fuzz runner raises the same alert", () => {
    const { schemas, rule, cases } = loadRuleAndCase();
    const place = { file: "rules/vip-blocked.yaml", line: 1 };
    const { options } = ruleCompileInputs(rule.query, cases, schemas, place);
    const engine = withCaseExternalData(defaultRuleEngine, cases);

    const run = createRuleRunner(rule, engine, options).run(cases[0].tables, cases[0].at);

    expect(run.triggered).toBe(true);
    expect(run.alerts.map((alert) => alert.columns)).toEqual([ALERT_COLUMNS]);
  });

  it("fuzzing keeps the passing case", () => {
    const rule = runRule(5);

    expect(rule.cases.map((item) => item.status)).toEqual(["passed"]);
    expect(rule.mutants.length).toBeGreaterThan(0);
    expect(rule.mutationScore).not.toBeNull();
  });

  it("fuzz runner reads nothing unwrapped", () => {
    const { schemas, rule, cases } = loadRuleAndCase();
    const place = { file: "rules/vip-blocked.yaml", line: 1 };
    const { options } = ruleCompileInputs(rule.query, cases, schemas, place);

    const run = createRuleRunner(rule, defaultRuleEngine, options).run(cases[0].tables, cases[0].at);

    expect(run.triggered).toBe(false);
  });
});
