import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { defaultRuleEngine } from "../cases/default-rule-engine.js";
import type { RuleEngine } from "../cases/rule-engine.js";
import { DEFAULT_SCHEMAS_DIR } from "../cases/run.js";
import { diffAlerts } from "../diff/diff-alerts.js";
import { fuzzDiffInputs } from "../diff/fuzz-inputs.js";
import { formatDiffText } from "../diff/text.js";
import type { DiffReport } from "../diff/types.js";
import { stringifyJson } from "../report/json-text.js";
import { EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from "./io.js";
import { writeOutputFile } from "./output.js";
import { checkFormat, existingFolder, existingPath } from "./run-command.js";
import { usageError } from "./usage.js";

const DIFF_OPTIONS = {
  base: { type: "string" },
  rules: { type: "string" },
  cases: { type: "string", default: "test-cases" },
  schemas: { type: "string" },
  format: { type: "string", default: "text" },
  output: { type: "string" },
  debug: { type: "boolean", default: false },
} as const;

const DIFF_FORMATS = ["text", "json"];

/**
 * Runs `kql-rule-test diff`: evaluates the rules a change affects as they
 * are at `--base` and in the working tree, on the same golden cases and
 * boundary inputs (see `fuzzDiffInputs`), and prints the alerts the change
 * adds, removes and changes. Returns 0, or 2 when an error kept a rule or
 * case from being compared (the report is still printed). A bad ref or folder raises an `InputError`.
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
  // The default rules folder may be gone when the change deletes the last rule.
  if (values.rules !== undefined) existingPath(io.cwd, "--rules", values.rules);
  if (values.schemas !== undefined) existingFolder(io.cwd, "--schemas", values.schemas);
  const folders = {
    rules: values.rules ?? "rules",
    cases: values.cases,
    schemas: values.schemas ?? DEFAULT_SCHEMAS_DIR,
  };
  const engine = values.schemas === undefined ? optionalSchemas(defaultRuleEngine) : defaultRuleEngine;
  const { source, extraInputs } = fuzzDiffInputs(folders, engine);

  const report = await diffAlerts({ root: io.cwd, base: values.base, folders, source, extraInputs });

  const text = format === "json" ? `${stringifyJson(report, 2)}\n` : formatDiffText(report);
  if (values.output === undefined) {
    io.stdout.write(text);
  } else {
    const path = writeOutputFile(io.cwd, values.output, text);
    io.stdout.write(`${diffTotals(report)}; report written to ${path}\n`);
  }
  return report.summary.errors > 0 ? EXIT_INVALID_INPUT : EXIT_OK;
}

/**
 * Wraps a rule engine so that a schemas folder missing from a tree means
 * the shipped schemas only, as `run` does when `--schemas` is not given.
 */
function optionalSchemas(engine: RuleEngine): RuleEngine {
  return {
    ...engine,
    loadSchemas: (dir) => engine.loadSchemas(dir !== undefined && existsSync(dir) ? dir : undefined),
  };
}

function diffTotals(report: DiffReport): string {
  const { added, removed, changed, errors } = report.summary;
  const errorCount = `${errors} ${errors === 1 ? "error" : "errors"}`;
  return `${added} added, ${removed} removed, ${changed} changed, ${errorCount}`;
}
