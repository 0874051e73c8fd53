import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { RunAllOptions } from "../cli/dependencies.js";
import { runRules, type RuleRunOptions } from "../cli/run-rules.js";
import type { DiffReport } from "../diff/types.js";
import { InputError, formatInputError } from "../errors.js";
import { evaluateGate, type GateOptions, type GateResult } from "../github/gate.js";
import {
  buildAnnotations,
  buildDiffAnnotations,
  emitAnnotations,
  formatStepSummary,
  writeJobSummary,
  type Annotation,
  type AnnotationCore,
} from "../report/github.js";
import { formatJsonReport } from "../report/json.js";
import { stringifyJson } from "../report/json-text.js";
import { toSarif } from "../report/sarif.js";
import { formatTextReport } from "../report/text.js";
import { failureCount, formatTotals } from "../report/totals.js";
import type { RunReport } from "../report/types.js";
import { runAlertDiff, type DiffAlertsFunction, type DiffOutcome } from "./alert-diff.js";
import { commentOnPullRequest } from "./comment.js";
import { readWorkflowEvent } from "./event.js";
import { readInputs, type ActionInputs, type InputReader } from "./inputs.js";

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
  /** The alert diff; the real `diffAlerts` unless a test replaces it. */
  diffAlerts?: DiffAlertsFunction;
}

type Env = Record<string, string | undefined>;

const REPORT_FILE = "kql-rule-test-report.json";

/**
 * Runs the Action. It tests the rules of the workspace and runs the alert
 * diff against the base (the `base` input, or the pull request's base
 * commit). Then it annotates the files, writes the JSON report, the SARIF
 * log when requested and the job summary, and comments on the pull request.
 * Last it sets the outputs and fails the job as `fail-on` and
 * `max-new-alerts` request. It does not throw, because every problem ends
 * in `setFailed`.
 */
export async function runAction(
  core: ActionCore,
  env: Env,
  dependencies: ActionDependencies,
  version: string,
): Promise<void> {
  try {
    await testWorkspace(core, env, dependencies, version);
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
  env: Env,
  dependencies: ActionDependencies,
  version: string,
): Promise<void> {
  const inputs = readInputs(core);
  const root = env.GITHUB_WORKSPACE || process.cwd();
  checkFolder(root, "rules", inputs.rules);
  checkFolder(root, "cases", inputs.cases);
  if (!isDefaultAndMissing(root, inputs.schemas)) {
    checkFolder(root, "schemas", inputs.schemas);
  }
  const event = readWorkflowEvent(env);

  const fuzz = { fuzzRuns: inputs.fuzzRuns, seed: inputs.seed };
  const options = { root, ...folders(inputs), shard: inputs.shard, ...fuzz };
  const { report, lint } = await runRules(options, dependencies.runAll);
  logReport(core, report);
  const outcome = await runAlertDiff(core, inputs, event, root, dependencies.diffAlerts);

  const remainder = emitAnnotations(annotationsOf(report, outcome), core);
  const reportPath = writeReport(env, root, report);
  if (inputs.sarif) writeSarif(core, root, inputs.sarif, toSarifText(report, lint, version));
  const writeSummary = summaryWriter(core, env);
  await writeSummary(formatStepSummary({ run: report, diff: outcome.diff, remainder }));

  const gate = evaluateGate(report, outcome.diff, gateOptions(inputs), outcome.error);
  const reports = { run: report, diff: outcome.diff, gate };
  await commentOnPullRequest(core, env, inputs, event, reports, writeSummary);
  setOutputs(core, report, reportPath, outcome.diff);
  finish(core, inputs, gate);
}

function folders(inputs: ActionInputs): Omit<RuleRunOptions, "root" | "shard"> {
  return {
    rulesDir: inputs.rules,
    casesDir: inputs.cases,
    schemasDir: inputs.schemas,
  };
}

/**
 * Tells whether the schemas input is left at its default and the folder is
 * absent: the run then uses the shipped schemas, as the command line does.
 */
function isDefaultAndMissing(root: string, schemas: string): boolean {
  return schemas === "schemas" && !existsSync(resolve(root, schemas));
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

function logReport(core: ActionCore, report: RunReport): void {
  core.startGroup(`kql-rule-test: ${formatTotals(report.summary)}`);
  core.info(formatTextReport(report, { color: false }).trimEnd());
  core.endGroup();
}

function annotationsOf(report: RunReport, outcome: DiffOutcome): Annotation[] {
  const annotations = buildAnnotations(report);
  if (outcome.diff) annotations.push(...buildDiffAnnotations(outcome.diff));
  if (outcome.errorText) {
    const properties = { title: "kql-rule-test: alert diff failed" };
    annotations.push({ level: "error", message: outcome.errorText, properties });
  }
  return annotations;
}

function writeReport(env: Env, root: string, report: RunReport): string {
  const folder = env.RUNNER_TEMP || root;
  mkdirSync(folder, { recursive: true });
  const path = join(folder, REPORT_FILE);
  writeFileSync(path, formatJsonReport(report));
  return path;
}

function toSarifText(report: RunReport, lint: readonly InputError[], version: string): string {
  return `${stringifyJson(toSarif(report, { lint, version }), 2)}\n`;
}

/** Writes the SARIF log to `file`, relative to the workspace, creating its folder. */
function writeSarif(core: ActionCore, root: string, file: string, text: string): void {
  const path = resolve(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  core.info(`SARIF log written to ${file}`);
}

/** Returns a function that appends to the job summary, or only logs outside a runner. */
function summaryWriter(core: ActionCore, env: Env): (markdown: string) => Promise<void> {
  return async (markdown) => {
    if (!env.GITHUB_STEP_SUMMARY) {
      core.debug("GITHUB_STEP_SUMMARY is not set, so no job summary is written");
      return;
    }
    await writeJobSummary(markdown, core);
  };
}

/** Drops `max-new-alerts` outside shard 1, since only shard 1 runs the diff. */
function gateOptions(inputs: ActionInputs): GateOptions {
  if (!inputs.shard || inputs.shard.index === 1) return inputs.gate;
  return { failOn: inputs.gate.failOn };
}

function setOutputs(
  core: ActionCore,
  report: RunReport,
  reportPath: string,
  diff: DiffReport | undefined,
): void {
  core.setOutput("passed", String(report.summary.passed));
  core.setOutput("failed", String(failureCount(report)));
  core.setOutput("errors", String(report.summary.errors));
  core.setOutput("report", reportPath);
  core.setOutput("alerts-added", diff ? String(diff.summary.added) : "");
  core.setOutput("alerts-removed", diff ? String(diff.summary.removed) : "");
  core.setOutput("alerts-changed", diff ? String(diff.summary.changed) : "");
}

function finish(core: ActionCore, inputs: ActionInputs, gate: GateResult): void {
  if (gate.ignored.length > 0) {
    core.info(`not failing the job (fail-on ${inputs.gate.failOn}) on: ${gate.ignored.join("; ")}`);
  }
  if (gate.fail) core.setFailed(`kql-rule-test failed: ${gate.reasons.join("; ")}`);
}
