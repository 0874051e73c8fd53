import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnnotationProperties } from "@actions/core";
import { failureMessage, runAction, type ActionCore } from "../../src/action/run-action.js";
import type { RunAllOptions } from "../../src/cli/dependencies.js";
import { formatJobSummary } from "../../src/report/job-summary.js";
import { formatJsonReport } from "../../src/report/json.js";
import type { RunReport } from "../../src/report/types.js";
import { fixtureReport } from "../report/fixture-report.js";

interface FakeCore extends ActionCore {
  outputs: Record<string, string>;
  failed: string[];
  annotations: [string, string, AnnotationProperties | undefined][];
  logs: string[];
  summaries: string[];
}

function fakeCore(inputs: Record<string, string> = {}): FakeCore {
  const core: FakeCore = {
    outputs: {},
    failed: [],
    annotations: [],
    logs: [],
    summaries: [],
    getInput: (name) => inputs[name] ?? "",
    setOutput: (name, value) => {
      core.outputs[name] = value;
    },
    setFailed: (message) => core.failed.push(message),
    info: (message) => core.logs.push(`info: ${message}`),
    debug: (message) => core.logs.push(`debug: ${message}`),
    startGroup: (name) => core.logs.push(`group: ${name}`),
    endGroup: () => core.logs.push("end group"),
    error: (message, properties) => core.annotations.push(["error", message, properties]),
    warning: (message, properties) => core.annotations.push(["warning", message, properties]),
    summary: {
      addRaw: (text: string) => core.summaries.push(text),
      write: async () => undefined,
    },
  };
  return core;
}

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

async function runWith(core: FakeCore, report: RunReport, env = environment()) {
  const runs: RunAllOptions[] = [];
  await runAction(core, env, {
    runAll: (options) => {
      runs.push(options);
      return report;
    },
  });
  return runs;
}

describe("runAction", () => {
  it("runs on the workspace with the default folders", async () => {
    const runs = await runWith(fakeCore(), passingReport());

    expect(runs).toEqual([
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

    expect(core.annotations.map(([level]) => level)).toEqual([
      "error",
      "warning",
      "error",
      "error",
      "warning",
      "error",
      "error",
    ]);
    expect(core.summaries).toEqual([formatJobSummary(fixtureReport())]);
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

    expect(core.failed).toEqual(["kql-rule-test failed: 1 passed, 1 failed, 3 errors, 1 xfail, 1 xpass"]);
  });
});

describe("runAction input errors", () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      "fail-on",
      { "fail-on": "sometimes" },
      "error: invalid fail-on 'sometimes'\n  hint: use one of any, failures, never",
    ],
    [
      "fuzz-runs",
      { "fuzz-runs": "100" },
      "error: fuzz-runs is not supported yet\n  hint: leave the fuzz-runs input out or set it to 0",
    ],
    [
      "a missing rules folder",
      { rules: "detections" },
      "error: folder 'detections' of input rules not found in the workspace\n  hint: check out the repository first (actions/checkout), or set rules to a folder relative to the repository root",
    ],
  ];

  it.each(cases)("fails on %s", async (_name, inputs, message) => {
    const core = fakeCore(inputs);
    const runs = await runWith(core, passingReport());

    expect(core.failed).toEqual([message]);
    expect(runs).toEqual([]);
    expect(core.outputs).toEqual({});
  });

  it("accepts fuzz-runs 0", async () => {
    const core = fakeCore({ "fuzz-runs": "0" });
    await runWith(core, passingReport());

    expect(core.failed).toEqual([]);
  });

  it("reports an internal error", async () => {
    const core = fakeCore();
    await runAction(core, environment(), {
      runAll: () => {
        throw new Error("boom");
      },
    });

    expect(core.failed).toEqual(["internal error: boom"]);
    expect(core.logs[0]).toMatch(/^debug: Error: boom\n/);
  });
});

describe("failureMessage", () => {
  const onlyErrors = (): RunReport => {
    const report = passingReport();
    report.summary.errors = 1;
    return report;
  };

  const cases: [string, () => RunReport, string, string | undefined][] = [
    ["any with errors", onlyErrors, "any", "kql-rule-test found errors: 1 passed, 0 failed, 1 error, 0 xfail"],
    ["failures with errors", onlyErrors, "failures", undefined],
    ["failures with failures", fixtureReport, "failures", "kql-rule-test failed: 1 passed, 1 failed, 3 errors, 1 xfail, 1 xpass"],
    ["never with failures", fixtureReport, "never", undefined],
    ["any when passing", passingReport, "any", undefined],
  ];

  it.each(cases)("%s", (_name, report, failOn, expected) => {
    expect(failureMessage(report(), failOn as "any" | "failures" | "never")).toBe(expected);
  });
});
