import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDependencies } from "../../src/cli/default-dependencies.js";
import { shardRules } from "../../src/github/shard.js";
import type { RunReport } from "../../src/report/types.js";
import { runInFolder } from "./cli-harness.js";

// These tests run the command line with the real case runner and engine on
// this repository's own rules and cases.
const repository = join(import.meta.dirname, "../..");
const linkRule = "rules/zoom/SupiciousLinkSharing.yaml";

let output: string;
let full: RunReport;

const cli = (argv: string[]) => runInFolder(argv, repository, defaultDependencies);

function readReport(file: string): RunReport {
  return JSON.parse(readFileSync(join(output, file), "utf8")) as RunReport;
}

/** The report without timings, which differ from run to run. */
function withoutTimings(report: RunReport): RunReport {
  const rules = report.rules.map((rule) => ({
    ...rule,
    cases: rule.cases.map(({ durationMs: _durationMs, ...item }) => item),
  }));
  return { ...report, rules };
}

beforeAll(async () => {
  output = mkdtempSync(join(tmpdir(), "kql-rule-test-shards-"));
  const json = ["--seed", "3", "--format", "json", "--output"];
  await cli([...json, join(output, "full.json")]);
  await cli(["--shard", "1/2", ...json, join(output, "shard-1.json")]);
  await cli(["--shard", "2/2", ...json, join(output, "shard-2.json")]);
  full = readReport("full.json");
});

afterAll(() => rmSync(output, { recursive: true, force: true }));

describe("run --shard", () => {
  it("deals the rule files out", () => {
    const files = full.rules.map((rule) => rule.file);

    for (const index of [1, 2]) {
      const shard = readReport(`shard-${index}.json`);
      const expected = shardRules(files, { index, count: 2 });
      expect(shard.rules.map((rule) => rule.file).sort()).toEqual(expected);
    }
  });

  it("counts only the shard's cases", () => {
    const shard = readReport("shard-1.json");
    const cases = shard.rules.flatMap((rule) => rule.cases);

    expect(shard.summary.rules).toBe(shard.rules.length);
    expect(shard.summary.cases).toBe(cases.length);
    expect(shard.summary.passed).toBe(cases.filter((item) => item.status === "passed").length);
    expect(shard.summary.cases).toBeLessThan(full.summary.cases);
  });

  it("keeps cases of other shards from erroring", () => {
    for (const index of [1, 2]) {
      const shard = readReport(`shard-${index}.json`);
      expect(shard.errors).toEqual([]);
      expect(shard.summary.errors).toBe(0);
    }
  });
});

describe("merge", () => {
  it("rebuilds the unsharded report", async () => {
    const result = await cli([
      "merge",
      "--format",
      "json",
      join(output, "shard-2.json"),
      join(output, "shard-1.json"),
    ]);

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(withoutTimings(JSON.parse(result.stdout) as RunReport)).toEqual(withoutTimings(full));
  });

  it("prints text by default", async () => {
    const result = await cli(["merge", join(output, "shard-1.json"), join(output, "shard-2.json")]);
    const lines = result.stdout.trimEnd().split("\n");

    expect(result.status).toBe(0);
    expect(lines.at(-1)).toBe(
      `${full.summary.passed} passed, 0 failed, 0 errors, ${full.summary.xfail} xfail; properties: ${full.summary.propertiesPassed} passed, 0 failed; thresholds: ${full.summary.thresholdsFound} found, ${full.summary.thresholdsFuzzed} fuzzed`,
    );
  });

  it("exits 1 when a merged case failed", async () => {
    const failing = readReport("shard-1.json");
    failing.summary.passed -= 1;
    failing.summary.failed += 1;
    writeFileSync(join(output, "failing.json"), JSON.stringify(failing));

    const result = await cli(["merge", join(output, "failing.json"), join(output, "shard-2.json")]);

    expect(result.status).toBe(1);
  });

  it("rejects overlapping shards", async () => {
    const shard = join(output, "shard-1.json");
    const result = await cli(["merge", shard, shard]);
    const rule = readReport("shard-1.json").rules[0];

    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `error: rule ${rule.file} (id ${rule.id}) is in more than one shard report\n` +
        "  hint: merge the reports of one split only, each shard once\n",
    );
  });

  it("rejects a file that is not a report", async () => {
    writeFileSync(join(output, "other.json"), "[1, 2]");
    const result = await cli(["merge", join(output, "other.json")]);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "error: not a run report: summary, rules or errors is missing\n" +
        `  --> ${join(output, "other.json")}\n` +
        "  hint: pass the files written by run --format json\n",
    );
  });

  it("rejects a missing file", async () => {
    const result = await cli(["merge", "no-such-report.json"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "error: report file 'no-such-report.json' not found\n" +
        `  hint: check the path; it is relative to ${repository}\n`,
    );
  });
});

describe("lint warnings", () => {
  it("appear in the JSON report", () => {
    const rule = full.rules.find((item) => item.file === linkRule);
    const messages = rule?.warnings.map((warning) => [warning.message, warning.line]);

    expect(messages).toContainEqual(["'makeset' is deprecated; use 'make_set'", 23]);
    expect(messages).toContainEqual(["'arraylength' is deprecated; use 'array_length'", 24]);
  });

  it("appear in SARIF with their rule ids", async () => {
    const result = await cli(["--fuzz-runs", "0", "--format", "sarif"]);
    const log = JSON.parse(result.stdout);
    const results = log.runs[0].results.filter(
      (item: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        item.locations?.[0].physicalLocation.artifactLocation.uri === linkRule,
    );

    expect(result.status).toBe(0);
    expect(results.map((item: { ruleId: string }) => item.ruleId)).toEqual([
      "deprecated-function",
      "deprecated-function",
    ]);
    expect(results[0].locations[0].physicalLocation.region).toEqual({ startLine: 23, startColumn: 26 });
    expect(results[0].message.text).toMatch(/^'makeset' is deprecated; use 'make_set' \(replace makeset with make_set; /);
  });
});
