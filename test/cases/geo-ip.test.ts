// `geo_ip` in golden cases. geo_info_from_ip_address
// (https://learn.microsoft.com/kusto/query/geo-info-from-ip-address-function)
// reads Microsoft's geolocation database, which a local run does not have,
// so a case, or the repository's geo_ip.yaml, maps addresses and CIDR
// ranges to locations. The rule is the community rule "Firewall Allowed
// Traffic to High-Risk Country" from the corpus.
import { cpSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { canonicalNetwork } from "../../src/cases/geo-ip.js";
import { runAll } from "../../src/cases/run.js";
import type { RunReport } from "../../src/report/types.js";
import { makeTempRepo, type TempRepo } from "./temp-repo.js";

const ROOT = resolve(import.meta.dirname, "../..");
const RULE = join(
  ROOT,
  "test/fixtures/corpus/sentinel/noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules/Community/Dalonso/CommonSecurityLog/05-CSL-HighRiskCountry-Traffic.yaml",
);

function caseText(geoIp: string): string {
  return `rule: rules/high-risk.yaml
name: traffic to Russia
at: 2026-04-20T09:00:00Z
${geoIp}tables:
  CommonSecurityLog:
    - { TimeGenerated: 2026-04-20T08:10:00Z, DeviceVendor: Fortinet, DeviceAction: accept, SourceIP: 10.0.0.5, DestinationIP: 5.8.1.2, SentBytes: 100 }
    - { TimeGenerated: 2026-04-20T08:20:00Z, DeviceVendor: Fortinet, DeviceAction: accept, SourceIP: 10.0.0.5, DestinationIP: 5.8.9.9, SentBytes: 50 }
    - { TimeGenerated: 2026-04-20T08:30:00Z, DeviceVendor: Fortinet, DeviceAction: accept, SourceIP: 10.0.0.6, DestinationIP: 20.53.203.50, SentBytes: 7 }
expect:
  triggered: true
  alerts:
    - columns: { DestCountry: Russia, ConnectionCount: 2, BytesSent: 150 }
`;
}

const RUSSIA = `"5.8.0.0/19": { country: Russia, city: Moscow, latitude: 55.7386, longitude: 37.6068 }`;

function run(repo: TempRepo): RunReport {
  return runAll({ root: repo.root, rulesDir: "rules", casesDir: "test-cases", schemasDir: "schemas", fuzzRuns: 0 });
}

/** Lists the warnings about geo_info_from_ip_address, leaving out the rule's lint warnings. */
function geoWarnings(report: RunReport): [string, string | undefined, number | undefined][] {
  return report.rules[0].warnings
    .filter((warning) => warning.message.includes("geo_info_from_ip_address"))
    .map((warning) => [warning.message, warning.file, warning.line]);
}

describe("geo_ip in a run", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo("kql-geo-ip-");
    mkdirSync(join(repo.root, "rules"));
    cpSync(RULE, join(repo.root, "rules", "high-risk.yaml"));
    cpSync(join(ROOT, "schemas"), join(repo.root, "schemas"), { recursive: true });
  });
  afterEach(() => repo.remove());

  it("case maps the range", () => {
    repo.write("test-cases/high-risk.yaml", caseText(`geo_ip:\n  ${RUSSIA}\n  "20.53.203.50": { country: Australia }\n`));

    const report = run(repo);
    expect(report.errors).toEqual([]);
    expect(report.rules[0].cases.map((item) => [item.status, item.message])).toEqual([
      ["passed", "1 alert as expected"],
    ]);
    expect(geoWarnings(report)).toEqual([]);
  });

  it("repository file maps the range", () => {
    repo.write("geo_ip.yaml", `${RUSSIA}\n"20.53.203.0/24": { country: Australia }\n`);
    repo.write("test-cases/high-risk.yaml", caseText(""));

    const report = run(repo);
    expect(report.errors).toEqual([]);
    expect(report.rules[0].cases.map((item) => item.status)).toEqual(["passed"]);
    expect(geoWarnings(report)).toEqual([]);
  });

  it("case entry wins over the file", () => {
    repo.write("geo_ip.yaml", `"5.8.1.2": { country: Cyprus }\n`);
    repo.write("test-cases/high-risk.yaml", caseText(`geo_ip:\n  "5.8.1.2": { country: Russia }\n  "5.8.9.9": { country: Russia }\n  "20.53.203.50": {}\n`));

    const report = run(repo);
    expect(report.rules[0].cases.map((item) => item.status)).toEqual(["passed"]);
  });

  it("unmapped addresses warn once", () => {
    repo.write("test-cases/high-risk.yaml", caseText(`geo_ip:\n  "5.8.1.2": { country: Russia }\n`));

    const report = run(repo);
    const [item] = report.rules[0].cases;
    expect(item.status).toBe("failed");
    expect(geoWarnings(report)).toEqual([
      [
        "geo_info_from_ip_address looked up 2 addresses that no geo_ip entry maps (20.53.203.50, 5.8.9.9), so it returned an empty bag for them (no geolocation database is read)",
        "rules/high-risk.yaml",
        1,
      ],
    ]);
  });

  it("key that is no address is an error", () => {
    repo.write("test-cases/high-risk.yaml", caseText(`geo_ip:\n  "5.8.0.0/40": { country: Russia }\n`));

    const report = run(repo);
    const [item] = report.rules[0].cases;
    expect(item.status).toBe("error");
    expect(item.message).toBe(
      "'5.8.0.0/40' is not an IP address or a CIDR range (key each location by an IPv4 or IPv6 address, or a range such as 198.51.100.0/24 or 2001:db8::/32)",
    );
    expect(item.line).toBe(5);
  });

  it("location with an unknown field is an error", () => {
    repo.write("test-cases/high-risk.yaml", caseText(`geo_ip:\n  "5.8.1.2": { country: Russia, region: Moscow }\n`));

    const report = run(repo);
    const [item] = report.rules[0].cases;
    expect(item.status).toBe("error");
    expect(item.message).toContain("invalid case: 'geo_ip/5.8.1.2' has an unknown field 'region'");
  });

  it("bad repository file is an error", () => {
    repo.write("geo_ip.yaml", `"5.8.0.0/19": { country: Russia, latitude: 123 }\n`);
    repo.write("test-cases/high-risk.yaml", caseText(""));

    const report = run(repo);
    expect(report.errors.map((error) => [error.message, error.file, error.line])).toEqual([
      ["invalid geo_ip.yaml: '5.8.0.0/19/latitude' must be <= 90", "geo_ip.yaml", 1],
    ]);
  });

  it("bad repository file stops the rule", () => {
    repo.write("geo_ip.yaml", `"10.0.0.0/33": { country: Russia }\n`);
    repo.write("test-cases/high-risk.yaml", caseText(""));

    const report = run(repo);
    const [rule] = report.rules;
    const message =
      "geo_ip.yaml is invalid, and the rule reads it: '10.0.0.0/33' is not an IP address or a CIDR range";
    expect(rule.errors.map((error) => [error.message, error.file, error.line])).toEqual([[message, "geo_ip.yaml", 1]]);
    expect(rule.cases.map((item) => [item.status, item.message])).toEqual([
      ["error", `the rule could not be tested: ${message}`],
    ]);
    expect(rule.status).toBe("error");
  });

  it("list in repository file is an error", () => {
    repo.write("geo_ip.yaml", `- "5.8.0.0/19": { country: Russia }\n`);
    repo.write("test-cases/high-risk.yaml", caseText(""));

    const report = run(repo);
    expect(report.errors.map((error) => [error.message, error.file, error.line])).toEqual([
      ["geo_ip.yaml must be a map from address or CIDR range to location", "geo_ip.yaml", 1],
    ]);
  });

  it.each([
    { written: "5.8.1.2/19", root: "5.8.0.0/19" },
    { written: "::ffff:5.8.0.0/115", root: "5.8.0.0/19" },
  ])("case key $written wins over $root", ({ written, root }) => {
    repo.write("geo_ip.yaml", `"${root}": { country: Cyprus }\n"20.53.203.50": {}\n`);
    const geoIp = `geo_ip:\n  "${written}": { country: Russia }\n`;
    repo.write("test-cases/high-risk.yaml", caseText(geoIp));

    const report = run(repo);
    expect(report.errors).toEqual([]);
    expect(report.rules[0].cases.map((item) => item.status)).toEqual(["passed"]);
  });

  it("same network twice in a case is an error", () => {
    repo.write("test-cases/high-risk.yaml", caseText(`geo_ip:\n  "5.8.0.0/19": { country: Russia }\n  "5.8.1.2/19": { country: Cyprus }\n`));

    const [item] = run(repo).rules[0].cases;
    expect(item.status).toBe("error");
    expect(item.message).toBe(
      "'5.8.1.2/19' and '5.8.0.0/19' (line 5) name the same network 5.8.0.0/19 (keep one of the two entries)",
    );
    expect(item.line).toBe(6);
  });

  it("same network twice in the file is an error", () => {
    repo.write("geo_ip.yaml", `"2001:db8::/32": { country: Russia }\n"2001:0DB8:0:0::/32": { country: Cyprus }\n`);
    repo.write("test-cases/high-risk.yaml", caseText(""));

    const report = run(repo);
    expect(report.errors.map((error) => [error.message, error.file, error.line])).toEqual([
      ["'2001:0DB8:0:0::/32' and '2001:db8::/32' (line 1) name the same network 2001:db8::/32", "geo_ip.yaml", 2],
    ]);
    expect(report.errors[0].hint).toBe("keep one of the two entries");
  });
});

// Canonical text: RFC 5952 (https://www.rfc-editor.org/rfc/rfc5952) for IPv6.
describe("canonicalNetwork", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["203.0.113.9/32", "203.0.113.9"],
    ["203.0.113.9/24", "203.0.113.0/24"],
    ["0.0.0.0/0", "0.0.0.0/0"],
    ["2001:0DB8::/32", "2001:db8::/32"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["2001:db8::1/128", "2001:db8::1"],
    ["::", "::"],
    ["::1", "::1"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.0/120", "203.0.113.0/24"],
    ["10.0.0.0/33", undefined],
    ["host.example", undefined],
  ])("%s is %s", (text, canonical) => {
    expect(canonicalNetwork(text)).toBe(canonical);
  });
});
