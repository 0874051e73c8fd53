import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run-action.js";
import type { RunAllOptions } from "../../src/cli/dependencies.js";
import type { DiffOptions } from "../../src/diff/diff-alerts.js";
import type { DiffReport } from "../../src/diff/types.js";
import { InputError } from "../../src/errors.js";
import { formatStepSummary } from "../../src/report/github.js";
import { formatJsonReport } from "../../src/report/json.js";
import type { RunReport } from "../../src/report/types.js";
import { diffReport } from "../github/report-fixtures.js";
import { fixtureReport } from "../report/fixture-report.js";
import { fakeCore, type FakeCore } from "./fake-core.js";

let workspace: string;
let runnerTemp: string;

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), "kql-rule-test-action-"));
  runnerTemp = join(workspace, "runner-temp");
  for (const folder of ["rules", "test-cases", "schemas"]) mkdirSync(join(workspace, folder));
});

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
});

function environment(): Record<string, string> {
  return {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: join(workspace, "summary.md"),
  };
}

function passingReport(): RunReport {
  const report = fixtureReport();
  report.errors = [];
  report.rules = [report.rules[0]];
  report.rules[0].cases = report.rules[0].cases.slice(0, 1);
  report.summary = { rules: 1, cases: 1, passed: 1, failed: 0, errors: 0, xfail: 0, xpass: 0 };
  return report;
}

interface Calls {
  runs: Omit<RunAllOptions, "engine">[];
  diffs: DiffOptions[];
}

async function runWith(
  core: FakeCore,
  report: RunReport,
  env: Record<string, string> = environment(),
  diff: DiffReport | InputError = diffReport(),
): Promise<Calls> {
  const calls: Calls = { runs: [], diffs: [] };
  await runAction(
    core,
    env,
    {
      runAll: ({ engine: _engine, ...options }) => {
        calls.runs.push(options);
        return report;
      },
      diffAlerts: async (options) => {
        calls.diffs.push(options);
        if (diff instanceof InputError) throw diff;
        return diff;
      },
    },
    "9.8.7",
  );
  return calls;
}

describe("runAction", () => {
  it("runs on the workspace with the default folders", async () => {
    const calls = await runWith(fakeCore(), passingReport());

    expect(calls.runs).toEqual([
      { root: workspace, rulesDir: "rules", casesDir: "test-cases", schemasDir: "schemas" },
    ]);
  });

  it("sets the outputs", async () => {
    const core = fakeCore();
    await runWith(core, fixtureReport());

    expect(core.outputs).toEqual({
      passed: "1",
      failed: "2",
      errors: "3",
      report: join(runnerTemp, "kql-rule-test-report.json"),
      "alerts-added": "",
      "alerts-removed": "",
      "alerts-changed": "",
    });
  });

  it("writes the JSON report", async () => {
    await runWith(fakeCore(), fixtureReport());
    const written = readFileSync(join(runnerTemp, "kql-rule-test-report.json"), "utf8");

    expect(written).toBe(formatJsonReport(fixtureReport()));
  });

  it("writes the report to the workspace without RUNNER_TEMP", async () => {
    const core = fakeCore();
    await runWith(core, passingReport(), { GITHUB_WORKSPACE: workspace });

    expect(core.outputs.report).toBe(join(workspace, "kql-rule-test-report.json"));
  });

  it("annotates and summarises", async () => {
    const core = fakeCore();
    await runWith(core, fixtureReport());

    expect(core.annotations.map(([level, , properties]) => [level, properties?.file, properties?.startLine])).toEqual([
      ["error", "rules/zoom/Broken.yaml", 4],
      ["error", "test-cases/zoom/broken.yaml", 1],
      ["error", "test-cases/zoom/link-sharing.yaml", 40],
      ["error", "test-cases/zoom/link-sharing.yaml", 100],
      ["error", "test-cases/zoom/orphan.yaml", 1],
      ["warning", "rules/zoom/SupiciousLinkSharing.yaml", 17],
      ["warning", "rules/zoom/SupiciousLinkSharing.yaml", 22],
    ]);
    expect(core.summaries).toEqual([formatStepSummary({ run: fixtureReport(), remainder: [] })]);
    expect(core.summaryWrites).toBe(1);
  });

  it("puts annotations past the limit in the summary", async () => {
    const report = passingReport();
    const failing = report.rules[0].cases[0];
    report.rules[0].cases = Array.from({ length: 12 }, (_, i) => ({ ...failing, status: "failed" as const, line: i + 1 }));
    const core = fakeCore();
    await runWith(core, report);

    expect(core.annotations.filter(([level]) => level === "error")).toHaveLength(10);
    expect(core.summaries[0]).toContain("#### 2 more annotations\n");
    expect(core.summaries[0]).toContain("(`test-cases/zoom/link-sharing.yaml:12`)");
  });

  it("skips the summary without GITHUB_STEP_SUMMARY", async () => {
    const core = fakeCore();
    await runWith(core, passingReport(), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp });

    expect(core.summaries).toEqual([]);
    expect(core.logs).toContain("debug: GITHUB_STEP_SUMMARY is not set, so no job summary is written");
  });

  it("logs the text report in a group", async () => {
    const core = fakeCore();
    await runWith(core, passingReport());

    expect(core.logs[0]).toBe("group: kql-rule-test: 1 passed, 0 failed, 0 errors, 0 xfail");
    expect(core.logs[1]).toMatch(/^info: Suspicious link sharing pattern /);
    expect(core.logs[2]).toBe("end group");
  });

  it("passes a passing run", async () => {
    const core = fakeCore();
    await runWith(core, passingReport());

    expect(core.failed).toEqual([]);
  });

  it("fails a failing run", async () => {
    const core = fakeCore();
    await runWith(core, fixtureReport());

    expect(core.failed).toEqual([
      "kql-rule-test failed: 1 case failed; 1 xfail case unexpectedly passed; 3 errors kept rules or cases from being tested",
    ]);
  });

  it("writes SARIF when asked", async () => {
    const core = fakeCore({ sarif: "out/kql.sarif" });
    await runWith(core, fixtureReport());
    const log = JSON.parse(readFileSync(join(workspace, "out/kql.sarif"), "utf8"));

    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].tool.driver.version).toBe("9.8.7");
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(core.logs).toContain("info: SARIF log written to out/kql.sarif");
  });

  it("runs the shard it is given", async () => {
    const core = fakeCore({ shard: "1/2" });
    const calls = await runWith(core, fixtureReport());
    const files = ["rules/c.yaml", "rules/a.yaml", "rules/b.yaml"];

    expect(calls.runs).toHaveLength(1);
    expect(calls.runs[0].ruleFilter?.(files)).toEqual(["rules/a.yaml", "rules/c.yaml"]);
  });

  it("passes fuzz-runs and seed", async () => {
    const calls = await runWith(fakeCore({ "fuzz-runs": "25", seed: "2147483647" }), passingReport());

    expect(calls.runs[0].fuzzRuns).toBe(25);
    expect(calls.runs[0].seed).toBe(2147483647);
  });

  it("fuzzes by default", async () => {
    const calls = await runWith(fakeCore(), passingReport());

    expect(calls.runs[0].fuzzRuns).toBeUndefined();
    expect(calls.runs[0].seed).toBeUndefined();
  });
});

describe("runAction gate", () => {
  const onlyErrors = (): RunReport => {
    const report = passingReport();
    report.summary.errors = 1;
    return report;
  };

  const cases: [string, () => RunReport, Record<string, string>, string[]][] = [
    ["any with errors", onlyErrors, { "fail-on": "any" }, ["kql-rule-test failed: 1 error kept rules or cases from being tested"]],
    ["failures with errors", onlyErrors, { "fail-on": "failures" }, []],
    ["failures with failures", fixtureReport, { "fail-on": "failures" }, ["kql-rule-test failed: 1 case failed; 1 xfail case unexpectedly passed"]],
    ["never with failures", fixtureReport, { "fail-on": "never" }, []],
    ["any when passing", passingReport, {}, []],
  ];

  it.each(cases)("%s", async (_name, report, inputs, failed) => {
    const core = fakeCore(inputs);
    await runWith(core, report());

    expect(core.failed).toEqual(failed);
  });

  it("logs what it does not fail on", async () => {
    const core = fakeCore({ "fail-on": "failures" });
    await runWith(core, onlyErrors());

    expect(core.logs).toContain(
      "info: not failing the job (fail-on failures) on: 1 error kept rules or cases from being tested",
    );
  });

  it("fails on alert changes with alert-change", async () => {
    const core = fakeCore({ "fail-on": "alert-change", base: "main" });
    await runWith(core, passingReport(), environment(), diffReport({ added: 2, removed: 1 }));

    expect(core.failed).toEqual(["kql-rule-test failed: the change against abc1234 adds 2 alerts, removes 1 and changes 0"]);
  });

  it("fails past max-new-alerts", async () => {
    const core = fakeCore({ "fail-on": "never", "max-new-alerts": "1", base: "v1.0" });
    await runWith(core, passingReport(), environment(), diffReport({ added: 2 }));

    expect(core.failed).toEqual(["kql-rule-test failed: the change against abc1234 adds 2 alerts, more than max-new-alerts (1)"]);
  });

  it("fails max-new-alerts without a base", async () => {
    const core = fakeCore({ "max-new-alerts": "0" });
    const calls = await runWith(core, passingReport());

    expect(calls.diffs).toEqual([]);
    expect(core.failed).toEqual(["kql-rule-test failed: max-new-alerts is 0 but no base-versus-head diff was computed"]);
  });

  it("sets the diff outputs", async () => {
    const core = fakeCore({ base: "main" });
    const calls = await runWith(core, passingReport(), environment(), diffReport({ added: 3, removed: 2, changed: 1 }));

    expect(calls.diffs).toEqual([
      { root: workspace, base: "main", folders: { rules: "rules", cases: "test-cases", schemas: "schemas" } },
    ]);
    expect(core.outputs["alerts-added"]).toBe("3");
    expect(core.outputs["alerts-removed"]).toBe("2");
    expect(core.outputs["alerts-changed"]).toBe("1");
    expect(core.summaries[0]).toContain("\n### Alert diff\n\nAlert changes against abc1234: 3 added, 2 removed, 1 changed");
  });

  it("reports a diff that failed", async () => {
    const core = fakeCore({ base: "gone" });
    const error = new InputError("git ref 'gone' was not found", { hint: "fetch it", kind: "git" });
    await runWith(core, passingReport(), environment(), error);

    expect(core.annotations).toContainEqual([
      "error",
      "error: git ref 'gone' was not found\n  hint: fetch it",
      { title: "kql-rule-test: alert diff failed" },
    ]);
    expect(core.failed).toEqual(["kql-rule-test failed: the base-versus-head diff failed: git ref 'gone' was not found"]);
    expect(core.outputs["alerts-added"]).toBe("");
  });

  it("diffs in shard 1 only", async () => {
    const core = fakeCore({ base: "main", shard: "2/3", "max-new-alerts": "0" });
    const calls = await runWith(core, passingReport());

    expect(calls.diffs).toEqual([]);
    expect(core.logs).toContain("info: the alert diff runs in shard 1 only; this is shard 2");
    expect(core.failed).toEqual([]);
  });
});

describe("runAction input errors", () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      "fail-on",
      { "fail-on": "sometimes" },
      "error: invalid fail-on value 'sometimes'\n  hint: use one of any, failures, alert-change, never",
    ],
    [
      "max-new-alerts",
      { "max-new-alerts": "a few" },
      "error: invalid max-new-alerts value 'a few'\n  hint: use a whole number of alerts, 0 or more",
    ],
    [
      "shard",
      { shard: "0/2" },
      "error: invalid shard '0/2'\n  hint: write the shard as k/n with 1 <= k <= n, such as 1/4",
    ],
    [
      "comment-key",
      { "comment-key": "my key" },
      "error: invalid comment-key 'my key'\n  hint: use letters, digits, '.', '_' and '-' only, such as nightly",
    ],
    [
      "fuzz-runs",
      { "fuzz-runs": "lots" },
      "error: invalid fuzz-runs value 'lots'\n  hint: use a whole number of runs per property, such as 100, or 0 to turn fuzzing off",
    ],
    [
      "seed",
      { seed: "2147483648" },
      "error: invalid seed value '2147483648'\n  hint: use a whole number from 0 to 2147483647, such as the seed a failed property reported",
    ],
    [
      "a missing rules folder",
      { rules: "detections" },
      "error: folder 'detections' of input rules not found in the workspace\n  hint: check out the repository first (actions/checkout), or set rules to a folder relative to the repository root",
    ],
  ];

  it.each(cases)("fails on %s", async (_name, inputs, message) => {
    const core = fakeCore(inputs);
    const calls = await runWith(core, passingReport());

    expect(core.failed).toEqual([message]);
    expect(calls.runs).toEqual([]);
    expect(core.outputs).toEqual({});
  });

  it("accepts fuzz-runs 0", async () => {
    const core = fakeCore({ "fuzz-runs": "0" });
    const calls = await runWith(core, passingReport());

    expect(core.failed).toEqual([]);
    expect(calls.runs[0].fuzzRuns).toBe(0);
  });

  it("reports an internal error", async () => {
    const core = fakeCore();
    await runAction(
      core,
      environment(),
      {
        runAll: () => {
          throw new Error("boom");
        },
      },
      "9.8.7",
    );

    expect(core.failed).toEqual(["internal error: boom"]);
    expect(core.logs[0]).toMatch(/^debug: Error: boom\n/);
  });
});
