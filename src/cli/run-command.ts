import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { InputError } from "../errors.js";
import { formatJsonReport } from "../report/json.js";
import { stringifyJson } from "../report/json-text.js";
import { formatJunitReport } from "../report/junit.js";
import { toSarif } from "../report/sarif.js";
import { formatTextReport, shouldColor } from "../report/text.js";
import { formatTotals } from "../report/totals.js";
import type { RunReport } from "../report/types.js";
import type { CliDependencies } from "./dependencies.js";
import type { CliIo } from "./io.js";
import { writeOutputFile } from "./output.js";
import { notSupportedYet, usageError } from "./usage.js";
import { resolve } from "node:path";

const RUN_OPTIONS = {
  rules: { type: "string", default: "rules" },
  cases: { type: "string", default: "test-cases" },
  schemas: { type: "string", default: "schemas" },
  "fuzz-runs": { type: "string" },
  seed: { type: "string" },
  "write-counterexamples": { type: "string" },
  format: { type: "string", default: "text" },
  output: { type: "string" },
  debug: { type: "boolean", default: false },
} as const;

const FORMATS = ["text", "json", "junit", "sarif"];

/**
 * Runs `kql-rule-test run`: tests every rule with its cases and prints the
 * report (or writes it to `--output`). Returns the exit status.
 */
export async function runRunCommand(
  args: string[],
  io: CliIo,
  dependencies: CliDependencies,
  version: string,
): Promise<number> {
  const { values } = parseArgs({ args, options: RUN_OPTIONS, strict: true });
  rejectUnbuiltOptions(values);
  const format = checkFormat(values.format);

  const rulesDir = existingFolder(io.cwd, "--rules", values.rules);
  const casesDir = existingFolder(io.cwd, "--cases", values.cases);
  const schemasDir = existingFolder(io.cwd, "--schemas", values.schemas);
  const report = await dependencies.runAll({ root: io.cwd, rulesDir, casesDir, schemasDir });

  const color = values.output === undefined && shouldColor(io.stdout, io.env);
  const text = formatReport(report, format, { color, version });
  if (values.output === undefined) {
    io.stdout.write(text);
  } else {
    const path = writeOutputFile(io.cwd, values.output, text);
    io.stdout.write(`${formatTotals(report.summary)}; report written to ${path}\n`);
  }
  return dependencies.exitCodeFor(report);
}

function rejectUnbuiltOptions(values: Record<string, unknown>): void {
  for (const option of ["fuzz-runs", "seed", "write-counterexamples"]) {
    if (values[option] !== undefined) throw notSupportedYet(`--${option}`);
  }
}

function checkFormat(format: string): string {
  if (!FORMATS.includes(format)) {
    throw usageError(
      `invalid value '${format}' for --format`,
      `use one of ${FORMATS.join(", ")}`,
    );
  }
  return format;
}

function formatReport(
  report: RunReport,
  format: string,
  options: { color: boolean; version: string },
): string {
  if (format === "json") return formatJsonReport(report);
  if (format === "junit") return formatJunitReport(report);
  if (format === "sarif") {
    return `${stringifyJson(toSarif(report, { version: options.version }), 2)}\n`;
  }
  return formatTextReport(report, { color: options.color });
}

/** Checks that a folder option names an existing folder and returns it as given. */
function existingFolder(cwd: string, option: string, folder: string): string {
  const path = resolve(cwd, folder);
  if (!existsSync(path)) {
    throw new InputError(`folder '${folder}' given by ${option} not found`, {
      hint: `create it, or give another folder with ${option} (relative to ${cwd})`,
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
