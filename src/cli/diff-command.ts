import { parseArgs } from "node:util";
import { diffAlerts } from "../diff/diff-alerts.js";
import { formatDiffText } from "../diff/text.js";
import type { DiffReport } from "../diff/types.js";
import { stringifyJson } from "../report/json-text.js";
import { EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from "./io.js";
import { writeOutputFile } from "./output.js";
import { checkFormat, existingFolder } from "./run-command.js";
import { usageError } from "./usage.js";

const DIFF_OPTIONS = {
  base: { type: "string" },
  rules: { type: "string", default: "rules" },
  cases: { type: "string", default: "test-cases" },
  schemas: { type: "string", default: "schemas" },
  format: { type: "string", default: "text" },
  output: { type: "string" },
  debug: { type: "boolean", default: false },
} as const;

const DIFF_FORMATS = ["text", "json"];

/**
 * Runs `kql-rule-test diff`: evaluates the rules a change affects as they
 * are at `--base` and in the working tree, on the same golden cases, and
 * prints the alerts the change adds, removes and changes. Returns 0, or 2
 * when an error kept a rule or case from being compared (the report is
 * still printed). A bad ref or folder raises an `InputError`.
 */
export async function runDiffCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: DIFF_OPTIONS, strict: true });
  const format = checkFormat(values.format, DIFF_FORMATS);
  if (values.base === undefined || values.base.trim() === "") {
    throw usageError(
      "missing --base",
      "give the git ref to compare with, such as --base origin/main",
    );
  }
  existingFolder(io.cwd, "--rules", values.rules);
  const folders = { rules: values.rules, cases: values.cases, schemas: values.schemas };

  const report = await diffAlerts({ root: io.cwd, base: values.base, folders });

  const text = format === "json" ? `${stringifyJson(report, 2)}\n` : formatDiffText(report);
  if (values.output === undefined) {
    io.stdout.write(text);
  } else {
    const path = writeOutputFile(io.cwd, values.output, text);
    io.stdout.write(`${diffTotals(report)}; report written to ${path}\n`);
  }
  return report.summary.errors > 0 ? EXIT_INVALID_INPUT : EXIT_OK;
}

function diffTotals(report: DiffReport): string {
  const { added, removed, changed, errors } = report.summary;
  const errorCount = `${errors} ${errors === 1 ? "error" : "errors"}`;
  return `${added} added, ${removed} removed, ${changed} changed, ${errorCount}`;
}
