import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { MAX_SEED } from "../cases/run.js";
import { InputError } from "../errors.js";
import { parseShard } from "../github/shard.js";
import { formatJsonReport } from "../report/json.js";
import { stringifyJson } from "../report/json-text.js";
import { formatJunitReport } from "../report/junit.js";
import { toSarif } from "../report/sarif.js";
import { formatTextReport, shouldColor } from "../report/text.js";
import { formatThresholdTotals, formatTotals } from "../report/totals.js";
import type { RunReport } from "../report/types.js";
import type { CliDependencies } from "./dependencies.js";
import type { CliIo } from "./io.js";
import { writeOutputFile } from "./output.js";
import { runRules, type FuzzRunOptions } from "./run-rules.js";
import { parseCount, usageError } from "./usage.js";

const RUN_OPTIONS = {
  rules: { type: "string", default: "rules" },
  cases: { type: "string", default: "test-cases" },
  schemas: { type: "string" },
  "fuzz-runs": { type: "string" },
  seed: { type: "string" },
  "write-counterexamples": { type: "string" },
  shard: { type: "string" },
  format: { type: "string", default: "text" },
  output: { type: "string" },
  debug: { type: "boolean", default: false },
} as const;

/** The formats of `run` and `merge`. */
export const FORMATS = ["text", "json", "junit", "sarif"];

/**
 * Runs `kql-rule-test run`: tests every rule with its cases (or the rules
 * of one `--shard`) and prints the report, or writes it to `--output`.
 * Returns the exit status.
 */
export async function runRunCommand(
  args: string[],
  io: CliIo,
  dependencies: CliDependencies,
  version: string,
): Promise<number> {
  const { values } = parseArgs({ args, options: RUN_OPTIONS, strict: true });
  const format = checkFormat(values.format);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const fuzz = fuzzOptions(values);

  const rulesDir = existingPath(io.cwd, "--rules", values.rules);
  const casesDir = existingPath(io.cwd, "--cases", values.cases);
  const schemasDir = optionalFolder(io.cwd, "--schemas", values.schemas);
  const { report, lint } = await runRules(
    { root: io.cwd, rulesDir, casesDir, schemasDir, shard, ...fuzz },
    dependencies.runAll,
  );

  writeReport(io, report, { format, output: values.output, version, lint });
  return dependencies.exitCodeFor(report);
}

/**
 * Prints a run report in `format`, or writes it to `output` and prints the
 * totals. `lint` adds the lint findings to a SARIF log.
 */
export function writeReport(
  io: CliIo,
  report: RunReport,
  options: { format: string; output?: string; version: string; lint?: readonly InputError[] },
): void {
  const color = options.output === undefined && shouldColor(io.stdout, io.env);
  const text = formatReport(report, options.format, { ...options, color });
  if (options.output === undefined) {
    io.stdout.write(text);
    return;
  }
  const path = writeOutputFile(io.cwd, options.output, text);
  const totals = formatTotals(report.summary) + formatThresholdTotals(report.summary);
  io.stdout.write(`${totals}; report written to ${path}\n`);
}

/** Reads `--fuzz-runs`, `--seed` and `--write-counterexamples`; unset ones stay unset. */
function fuzzOptions(values: {
  "fuzz-runs"?: string;
  seed?: string;
  "write-counterexamples"?: string;
}): FuzzRunOptions {
  const options: FuzzRunOptions = {};
  if (values["fuzz-runs"] !== undefined) {
    options.fuzzRuns = parseCount("--fuzz-runs", values["fuzz-runs"]);
  }
  if (values.seed !== undefined) options.seed = parseSeed(values.seed);
  const folder = values["write-counterexamples"];
  if (folder !== undefined) {
    if (folder.trim() === "") {
      throw usageError("--write-counterexamples needs a folder", "give a folder path, such as --write-counterexamples counterexamples");
    }
    options.writeCounterexamples = folder;
  }
  return options;
}

/** Parses `--seed`: a whole number from 0 to 2^31 - 1, which fast-check takes as is. */
export function parseSeed(text: string): number {
  const seed = parseCount("--seed", text);
  if (seed > MAX_SEED) {
    throw usageError(`invalid value '${text}' for --seed: expected at most ${MAX_SEED}`);
  }
  return seed;
}

/** Checks `--format` against `formats`. */
export function checkFormat(format: string, formats: readonly string[] = FORMATS): string {
  if (!formats.includes(format)) {
    throw usageError(
      `invalid value '${format}' for --format`,
      `use one of ${formats.join(", ")}`,
    );
  }
  return format;
}

function formatReport(
  report: RunReport,
  format: string,
  options: { color: boolean; version: string; lint?: readonly InputError[] },
): string {
  if (format === "json") return formatJsonReport(report);
  if (format === "junit") return formatJunitReport(report);
  if (format === "sarif") {
    const log = toSarif(report, { version: options.version, lint: options.lint });
    return `${stringifyJson(log, 2)}\n`;
  }
  return formatTextReport(report, { color: options.color });
}

/**
 * Checks that `--rules` or `--cases` names an existing folder or file and
 * returns it as given.
 */
export function existingPath(cwd: string, option: string, path: string): string {
  if (!existsSync(resolve(cwd, path))) {
    throw new InputError(`folder or file '${path}' given by ${option} not found`, {
      hint: `create it, or give another folder or file with ${option}; paths are relative to ${cwd}`,
      kind: "usage",
    });
  }
  return path;
}

/**
 * Checks a `--schemas` option: a folder given must exist. Returns it as
 * given, or `undefined` when the option is not given, so the run reads
 * `schemas` when that folder exists and the shipped schemas otherwise.
 */
export function optionalFolder(
  cwd: string,
  option: string,
  folder: string | undefined,
): string | undefined {
  return folder === undefined ? undefined : existingFolder(cwd, option, folder);
}

/** Checks that a folder option names an existing folder and returns it as given. */
export function existingFolder(cwd: string, option: string, folder: string): string {
  const path = resolve(cwd, folder);
  if (!existsSync(path)) {
    throw new InputError(`folder '${folder}' given by ${option} not found`, {
      hint: `create it, or give another folder with ${option}; paths are relative to ${cwd}`,
      kind: "usage",
    });
  }
  if (!statSync(path).isDirectory()) {
    throw new InputError(`'${folder}' given by ${option} is not a folder`, {
      hint: `give a folder with ${option}`,
      kind: "usage",
    });
  }
  return folder;
}
