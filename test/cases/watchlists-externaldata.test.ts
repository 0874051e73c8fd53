// `externaldata` in golden cases. A case, or the repository's
// externaldata.yaml, maps each URL to a local file that the operator reads
// (https://learn.microsoft.com/kusto/query/externaldata-operator), so
// nothing is fetched. The rule is the published "Suspicious granting of
// permissions to an account", which reads Azure's built-in roles by URL.
import { cpSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAll } from "../../src/cases/run.js";
import type { RunReport } from "../../src/report/types.js";
import { makeTempRepo, type TempRepo } from "./temp-repo.js";

const ROOT = resolve(import.meta.dirname, "../..");
const RULE = join(ROOT, "test/fixtures/corpus/sentinel/Azure-Sentinel/Solutions/Azure Activity/Analytic Rules/Granting_Permissions_To_Account_detection.yaml");
const URL = "https://raw.githubusercontent.com/Azure/Azure-Sentinel/master/Sample%20Data/Feeds/AzureBuiltInRole.csv";
const OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
const ROLES = `Role,RoleDescription,ID\nOwner,Grants full access,${OWNER}\n`;

function assignment(index: number): string {
  const body = JSON.stringify({
    Properties: {
      PrincipalId: `p${index}`,
      PrincipalType: "User",
      Scope: "/subscriptions/s1",
      RoleDefinitionId: `/subscriptions/s1/providers/Microsoft.Authorization/roleDefinitions/${OWNER}`,
    },
  });
  return `      - TimeGenerated: 2026-04-20T08:0${index}:00Z
        OperationNameValue: MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE
        Caller: mallory@contoso.com
        CallerIpAddress: 203.0.113.9
        Properties: { requestbody: ${JSON.stringify(body)} }`;
}

function caseText(name: string, mapping: string): string {
  const events = [1, 2, 3, 4, 5].map(assignment).join("\n");
  return `- rule: rules/granting.yaml
  name: ${name}
  at: 2026-04-20T09:00:00Z
${mapping}  tables:
    AzureActivity:
${events}
  expect:
    triggered: true
    alerts:
      - columns: { Role: Owner, AssignmentCountbyCaller: 5, CallerIpAddress: 203.0.113.9 }
`;
}

/** Lists the warnings about externaldata, leaving out the rule's lint warnings. */
function externalDataWarnings(report: RunReport): [string, string | undefined][] {
  return report.rules[0].warnings
    .filter((warning) => warning.message.includes("externaldata"))
    .map((warning) => [warning.message, warning.file]);
}

function run(repo: TempRepo): RunReport {
  return runAll({ root: repo.root, rulesDir: "rules", casesDir: "test-cases", schemasDir: "schemas", fuzzRuns: 0 });
}

describe("externaldata in a run", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo("kql-externaldata-");
    mkdirSync(join(repo.root, "rules"));
    cpSync(RULE, join(repo.root, "rules", "granting.yaml"));
    cpSync(join(ROOT, "schemas"), join(repo.root, "schemas"), { recursive: true });
  });
  afterEach(() => repo.remove());

  it("case maps the URL to a file", () => {
    repo.write("test-cases/roles.csv", ROLES);
    repo.write("test-cases/granting.yaml", caseText("roles from a file", `  externaldata:\n    "${URL}": { file: roles.csv }\n`));

    const report = run(repo);
    expect(report.errors).toEqual([]);
    expect(report.rules[0].cases.map((item) => [item.status, item.message])).toEqual([
      ["passed", "1 alert as expected"],
    ]);
    expect(externalDataWarnings(report)).toEqual([]);
  });

  it("repository file maps the URL", () => {
    repo.write("data/roles.csv", ROLES);
    repo.write("externaldata.yaml", `"${URL}": { file: data/roles.csv }\n`);
    repo.write("test-cases/granting.yaml", caseText("roles from the repository", ""));

    const report = run(repo);
    expect(report.errors).toEqual([]);
    expect(report.rules[0].cases.map((item) => item.status)).toEqual(["passed"]);
  });

  it("unmapped URL reads nothing and warns", () => {
    repo.write("test-cases/granting.yaml", caseText("no roles", ""));

    const report = run(repo);
    const [item] = report.rules[0].cases;
    expect(item.status).toBe("failed");
    expect(item.message).toBe("expected triggered true, got false; 1 expected alert missing");
    expect(externalDataWarnings(report)).toEqual([
      [`no case maps externaldata URL '${URL}', so it reads no rows (nothing is fetched)`, "rules/granting.yaml"],
    ]);
  });

  it("bad repository file is an error", () => {
    repo.write("externaldata.yaml", `"${URL}": roles.csv\n`);
    repo.write("test-cases/granting.yaml", caseText("roles", ""));

    const report = run(repo);
    expect(report.errors.map((error) => [error.message, error.file, error.line])).toEqual([
      ["externaldata.yaml must map each URL to rows or to { file: path }", "externaldata.yaml", 1],
    ]);
  });

  it("bad repository file stops the rule", () => {
    repo.write("externaldata.yaml", `"${URL}": roles.csv\n`);
    repo.write("test-cases/granting.yaml", caseText("roles", ""));

    const [rule] = run(repo).rules;
    const message =
      "externaldata.yaml is invalid, and the rule reads it: externaldata.yaml must map each URL to rows or to { file: path }";
    expect(rule.errors.map((error) => [error.message, error.file, error.line])).toEqual([[message, "externaldata.yaml", 1]]);
    expect(rule.cases.map((item) => [item.status, item.message])).toEqual([
      ["error", `the rule could not be tested: ${message}`],
    ]);
  });
});
