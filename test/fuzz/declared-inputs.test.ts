// The inputs a declared property's runs read. Its document's geo_ip entries
// are merged over the repository's geo_ip.yaml, as for a golden case. Names
// that the template event or the rule's result do not have are input errors.
// geo_info_from_ip_address
// (https://learn.microsoft.com/kusto/query/geo-info-from-ip-address-function)
// returns an empty bag for an address no entry maps.
import { cpSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAll } from "../../src/cases/run.js";
import type { RunReport } from "../../src/report/types.js";
import { makeTempRepo, type TempRepo } from "../cases/temp-repo.js";

const ROOT = resolve(import.meta.dirname, "../..");

const RULE = `id: 3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b
name: Connections to Russia
description: Counts connections to Russian addresses.
severity: Medium
queryFrequency: 1h
queryPeriod: 1h
triggerOperator: gt
triggerThreshold: 0
tactics:
- Exfiltration
query: |
  CommonSecurityLog
  | extend Country = tostring(geo_info_from_ip_address(DestinationIP).country)
  | where Country == "Russia"
  | summarize Connections = count() by Country, SourceIP
  | where Connections > 2
entityMappings:
- entityType: IP
  fieldMappings:
  - identifier: Address
    columnName: SourceIP
`;

function propertyText(geoIp: string, property = "  alertWhen: n > 2\n  alert: { Country: Russia }\n"): string {
  return `rule: rules/russia.yaml
name: more than two connections alert
at: 2026-04-20T09:00:00Z
${geoIp}tables:
  CommonSecurityLog:
    - { TimeGenerated: 2026-04-20T08:10:00Z, SourceIP: 10.0.0.5, DestinationIP: 192.0.2.55, AdditionalExtensions: '{"Zone":"dmz"}' }
property:
${property}`;
}

function run(repo: TempRepo): RunReport {
  return runAll({ root: repo.root, rulesDir: "rules", casesDir: "test-cases", schemasDir: "schemas", seed: 7, fuzzRuns: 10 });
}

function propertyStatuses(report: RunReport): [string, string][] {
  return report.rules[0].properties.map((item) => [item.name, item.status]);
}

function errors(report: RunReport): [string, string | undefined, number | undefined][] {
  const all = [...report.errors, ...report.rules.flatMap((rule) => rule.errors)];
  return all.map((error) => [error.message, error.file, error.line]);
}

const DECLARED = "boundary (declared): more than two connections alert";

describe("declared property inputs", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo("kql-declared-inputs-");
    repo.write("rules/russia.yaml", RULE);
    cpSync(join(ROOT, "schemas"), join(repo.root, "schemas"), { recursive: true });
  });
  afterEach(() => repo.remove());

  it("reads its own geo_ip", () => {
    repo.write("test-cases/russia.yaml", propertyText(`geo_ip:\n  "192.0.2.55": { country: Russia }\n`));

    const report = run(repo);
    expect(errors(report)).toEqual([]);
    expect(propertyStatuses(report)).toContainEqual([DECLARED, "passed"]);
  });

  it("reads the repository geo_ip.yaml", () => {
    repo.write("geo_ip.yaml", `"192.0.2.0/24": { country: Russia }\n`);
    repo.write("test-cases/russia.yaml", propertyText(""));

    const report = run(repo);
    expect(errors(report)).toEqual([]);
    expect(propertyStatuses(report)).toContainEqual([DECLARED, "passed"]);
  });

  it("own entry wins over the file", () => {
    repo.write("geo_ip.yaml", `"192.0.2.55": { country: Cyprus }\n`);
    repo.write("test-cases/russia.yaml", propertyText(`geo_ip:\n  "192.0.2.55/32": { country: Russia }\n`));

    const report = run(repo);
    expect(propertyStatuses(report)).toContainEqual([DECLARED, "passed"]);
  });

  it("warns about unmapped addresses", () => {
    repo.write("test-cases/russia.yaml", propertyText(""));

    const report = run(repo);
    const warnings = report.rules[0].warnings.filter((item) => item.message.startsWith("geo_info_from_ip_address"));
    expect(propertyStatuses(report)).toContainEqual([DECLARED, "failed"]);
    expect(warnings.map((item) => [item.message, item.file])).toEqual([
      [
        "geo_info_from_ip_address looked up 1 address that no geo_ip entry maps (192.0.2.55), so it returned an empty bag for them (no geolocation database is read)",
        "rules/russia.yaml",
      ],
    ]);
  });

  it("rejects an unknown alert column", () => {
    const property = "  alertWhen: n > 2\n  alert: { Usr: a@example.com }\n";
    repo.write("test-cases/russia.yaml", propertyText(`geo_ip:\n  "192.0.2.55": { country: Russia }\n`, property));

    const report = run(repo);
    expect(errors(report)).toEqual([
      ["the rule's result has no column 'Usr', which the property's alert names", "test-cases/russia.yaml", 11],
    ]);
    expect(report.rules[0].errors[0].hint).toBe("use the result columns: Country, SourceIP, Connections");
    expect(propertyStatuses(report).map(([name]) => name)).not.toContain(DECLARED);
  });

  it("rejects an unknown vary field", () => {
    const property = "  vary: AdditionalExtensions.Zon\n  alertWhen: n > 2\n";
    repo.write("test-cases/russia.yaml", propertyText("", property));

    const report = run(repo);
    expect(errors(report)).toEqual([
      ["the template event has no field 'Zon' in AdditionalExtensions", "test-cases/russia.yaml", 8],
    ]);
    expect(report.errors[0].hint).toBe("use one of its fields: Zone");
  });

  it("rejects expect next to property", () => {
    const text = propertyText("").replace("property:", "expect: { triggered: true }\nproperty:");
    repo.write("test-cases/russia.yaml", text);

    const report = run(repo);
    expect(errors(report)).toEqual([
      [
        "a document is either a golden case (`expect:`) or a property (`property:`), not both",
        "test-cases/russia.yaml",
        7,
      ],
    ]);
  });

  it("rejects an unknown document key", () => {
    repo.write("test-cases/russia.yaml", `geo_iq: {}\n${propertyText("")}`);

    const report = run(repo);
    expect(errors(report).map(([message, , line]) => [message, line])).toEqual([
      ["unknown key 'geo_iq' in the property's document", 1],
    ]);
  });
});
