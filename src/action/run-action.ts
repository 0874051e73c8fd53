import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError, formatInputError } from "../errors.js";
import { emitAnnotations, writeJobSummary, type AnnotationCore } from "../report/github.js";
import { formatJsonReport } from "../report/json.js";
import { formatTextReport } from "../report/text.js";
import { failureCount, formatTotals, hasErrors } from "../report/totals.js";
import type { RunReport } from "../report/types.js";
import type { RunAllOptions } from "../cli/dependencies.js";
import { readInputs, type FailOn, type InputReader } from "./inputs.js";

/** The part of `@actions/core` the Action uses, so tests can pass a fake. */
export interface ActionCore extends AnnotationCore, InputReader {
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

export interface ActionDependencies {
  runAll(options: RunAllOptions): RunReport | Promise<RunReport>;
}

const REPORT_FILE = "kql-rule-test-report.json";

/**
 * Runs the Action: tests the rules of the workspace, logs the text report,
 * writes the JSON report, annotates the files and writes the job summary.
 * Then it sets the outputs `passed`, `failed`, `errors` and `report`, and
 * fails the job as the `fail-on` input requests. It does not throw, because
 * every problem ends in `setFailed`.
 */
export async function runAction(
  core: ActionCore,
  env: Record<string, string | undefined>,
  dependencies: ActionDependencies,
): Promise<void> {
  try {
    await testWorkspace(core, env, dependencies);
  } catch (error: unknown) {
    if (error instanceof InputError) {
      core.setFailed(formatInputError(error));
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`internal error: ${message}`);
  }
}

async function testWorkspace(
  core: ActionCore,
  env: Record<string, string | undefined>,
  dependencies: ActionDependencies,
): Promise<void> {
  const inputs = readInputs(core);
  if (inputs.hasToken) {
    core.debug("github-token is not used: pull-request comments are not supported yet");
  }
  const root = env.GITHUB_WORKSPACE || process.cwd();
  checkFolder(root, "rules", inputs.rules);
  checkFolder(root, "cases", inputs.cases);
  checkFolder(root, "schemas", inputs.schemas);

  const report = await dependencies.runAll({
    root,
    rulesDir: inputs.rules,
    casesDir: inputs.cases,
    schemasDir: inputs.schemas,
  });
  publish(core, report);
  const reportPath = writeReport(env, root, report);
  await writeSummary(core, env, report);

  setOutputs(core, report, reportPath);
  const failure = failureMessage(report, inputs.failOn);
  if (failure) core.setFailed(failure);
}

function checkFolder(root: string, input: string, folder: string): void {
  const path = resolve(root, folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new InputError(`folder '${folder}' of input ${input} not found in the workspace`, {
      hint: `check out the repository first (actions/checkout), or set ${input} to a folder relative to the repository root`,
      kind: "usage",
    });
  }
}

function publish(core: ActionCore, report: RunReport): void {
  core.startGroup(`kql-rule-test: ${formatTotals(report.summary)}`);
  core.info(formatTextReport(report, { color: false }).trimEnd());
  core.endGroup();
  emitAnnotations(report, core);
}

function writeReport(
  env: Record<string, string | undefined>,
  root: string,
  report: RunReport,
): string {
  const folder = env.RUNNER_TEMP || root;
  mkdirSync(folder, { recursive: true });
  const path = join(folder, REPORT_FILE);
  writeFileSync(path, formatJsonReport(report));
  return path;
}

async function writeSummary(
  core: ActionCore,
  env: Record<string, string | undefined>,
  report: RunReport,
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.debug("GITHUB_STEP_SUMMARY is not set, so no job summary is written");
    return;
  }
  await writeJobSummary(report, core);
}

function setOutputs(core: ActionCore, report: RunReport, reportPath: string): void {
  core.setOutput("passed", String(report.summary.passed));
  core.setOutput("failed", String(failureCount(report)));
  core.setOutput("errors", String(report.summary.errors));
  core.setOutput("report", reportPath);
}

/** Returns why the job fails under `failOn`, or `undefined` when it passes. */
export function failureMessage(report: RunReport, failOn: FailOn): string | undefined {
  const totals = formatTotals(report.summary);
  if (failOn === "never") return undefined;
  if (failureCount(report) > 0) return `kql-rule-test failed: ${totals}`;
  if (failOn === "any" && hasErrors(report)) return `kql-rule-test found errors: ${totals}`;
  return undefined;
}
