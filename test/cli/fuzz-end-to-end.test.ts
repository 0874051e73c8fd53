import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDependencies } from "../../src/cli/default-dependencies.js";
import type { RunReport } from "../../src/report/types.js";
import { runInFolder, type CliRun } from "./cli-harness.js";

// These tests run the command line with the real engine and fuzzer on a
// copy of this repository whose seed rule has a boundary bug: `>` became
// `>=`. The cases that pinned the boundary were removed, so the golden cases
// still pass. The declared property of
// test-cases/zoom/SupiciousLinkSharing/link-in-n-channels.yaml catches it.
const repository = join(import.meta.dirname, "../..");
const SEED_RULE = "rules/zoom/SupiciousLinkSharing.yaml";
const SEED_CASES = "test-cases/zoom/SupiciousLinkSharing";
const BOUNDARY_CASES = ["three-channels.yaml", "two-users-three-channels.yaml", "older-than-query-period.yaml"];
const PROPERTY = "boundary (declared): one link in n distinct channels alerts exactly when n > 3";
const COUNTEREXAMPLE =
  "counterexamples/rules/zoom/SupiciousLinkSharing.boundary-declared-one-link-in-n-distinct-channels-alerts-exactly-when-n-3.yaml";
const SURVIVOR = "line 9: '>=' to '>' in 'ChannelCount >= threshold'";

const COUNTEREXAMPLE_TEXT = `# shrunk counterexample of '${PROPERTY}', seed 7: n = 3 raised an alert, but n > 3 is false
rule: rules/zoom/SupiciousLinkSharing.yaml
name: "n = 3: no alert (n > 3)"
at: 2026-04-20T09:00:00Z
tables:
  ZoomLogs:
${[1, 2, 3]
  .map(
    (index) => `    - TimeGenerated: 2026-04-20T08:10:00Z
      Event: chat_message.sent
      ChatEvents:
        Channel: value-${index}
        Message: see https://files.example.net/a
      User: user1@example.com
      UserId: u-001`,
  )
  .join("\n")}
expect:
  triggered: false
  alerts: []
`;

let root: string;
let first: CliRun;
let second: CliRun;

const cli = (argv: string[]) => runInFolder(argv, root, defaultDependencies);

function readReport(file: string): RunReport {
  return JSON.parse(readFileSync(join(root, file), "utf8")) as RunReport;
}

/** Drops the case timings from a report, because they differ from run to run. */
function withoutTimings(report: RunReport): RunReport {
  const rules = report.rules.map((rule) => ({
    ...rule,
    cases: rule.cases.map(({ durationMs: _durationMs, ...item }) => item),
  }));
  return { ...report, rules };
}

function seedRule(report: RunReport) {
  const rule = report.rules.find((item) => item.file === SEED_RULE);
  if (!rule) throw new Error(`${SEED_RULE} is not in the report`);
  return rule;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "kql-rule-test-fuzz-"));
  for (const folder of ["rules", "schemas", "test-cases"]) {
    cpSync(join(repository, folder), join(root, folder), { recursive: true });
  }
  const rule = readFileSync(join(root, SEED_RULE), "utf8");
  writeFileSync(join(root, SEED_RULE), rule.replace("ChannelCount > threshold", "ChannelCount >= threshold"));
  for (const name of BOUNDARY_CASES) rmSync(join(root, SEED_CASES, name));

  const argv = ["--seed", "7", "--write-counterexamples", "counterexamples", "--format", "json"];
  first = await cli([...argv, "--output", "first.json"]);
  second = await cli([...argv, "--output", "second.json"]);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("run on a boundary bug", () => {
  it("passes the golden cases alone", async () => {
    const result = await cli(["--fuzz-runs", "0"]);

    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("21 passed, 0 failed, 0 errors, 4 xfail");
  });

  it("exits 1 on the failed property", () => {
    expect(first.status).toBe(1);
    expect(first.stderr).toBe("");
    expect(first.stdout).toBe(
      "21 passed, 0 failed, 0 errors, 4 xfail; properties: 22 passed, 1 failed; thresholds: 1 found, 1 fuzzed; report written to first.json\n",
    );
  });

  it("counts properties in the summary", () => {
    expect(readReport("first.json").summary).toEqual({
      rules: 6,
      cases: 25,
      passed: 21,
      failed: 0,
      errors: 0,
      xfail: 4,
      xpass: 0,
      propertiesPassed: 22,
      propertiesFailed: 1,
      thresholdsFound: 1,
      thresholdsFuzzed: 1,
    });
  });

  it("reports the shrunk counterexample", () => {
    const rule = seedRule(readReport("first.json"));
    const failed = rule.properties.filter((property) => property.status === "failed");

    expect(rule.status).toBe("failed");
    expect(failed.map((property) => [property.name, property.seed, property.message])).toEqual([
      [PROPERTY, 7, "n = 3 raised an alert, but n > 3 is false"],
    ]);
    expect(failed[0].counterexampleFile).toBe(COUNTEREXAMPLE);
    expect(failed[0].file).toBe(`${SEED_CASES}/link-in-n-channels.yaml`);
    expect(failed[0].line).toBe(11);
  });

  it("writes the counterexample as a case", () => {
    expect(existsSync(join(root, COUNTEREXAMPLE))).toBe(true);
    expect(readFileSync(join(root, COUNTEREXAMPLE), "utf8")).toBe(COUNTEREXAMPLE_TEXT);
  });

  it("names the surviving mutant", () => {
    const mutant = seedRule(readReport("first.json")).mutants.find(
      (item) => item.description === SURVIVOR,
    );

    expect(mutant).toMatchObject({ killed: false, status: "survived", line: 25, column: 24 });
    expect(mutant?.suggestion).toMatchObject({
      file: "counterexamples/rules/zoom/SupiciousLinkSharing.kill-line-9-to-in-channelcount-threshold.yaml",
      case: { name: `ChannelCount = 3, which kills '${SURVIVOR}'`, expect: { triggered: true } },
    });
  });

  it("gives the same report for the same seed", () => {
    expect(second.status).toBe(1);
    expect(withoutTimings(readReport("second.json"))).toEqual(withoutTimings(readReport("first.json")));
  });

  it("fails the buggy rule on the written case", async () => {
    const result = await cli(["--fuzz-runs", "0", "--cases", "counterexamples"]);
    const lines = result.stdout.split("\n");

    // The failure is placed at the written case's `expect:` line.
    expect(result.status).toBe(1);
    expect(lines).toContain(
      `  FAIL  n = 3: no alert (n > 3) (${COUNTEREXAMPLE}:28): expected triggered false, got true; 1 unexpected alert`,
    );
  });
});
