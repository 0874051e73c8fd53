import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { InputError } from "../errors.js";
import { mergeReports, parseRunReport } from "../report/merge.js";
import type { CliDependencies } from "./dependencies.js";
import type { CliIo } from "./io.js";
import { checkFormat, writeReport } from "./run-command.js";
import { usageError } from "./usage.js";

const MERGE_OPTIONS = {
  format: { type: "string", default: "text" },
  output: { type: "string" },
  debug: { type: "boolean", default: false },
} as const;

/**
 * Runs `kql-rule-test merge FILE...`: combines the JSON run reports of the
 * shards of one split into one report, printed in `--format` or written to
 * `--output`. Returns the exit status `run` would return for the whole
 * report. Overlapping shards and files that are not run reports raise an
 * `InputError`.
 */
export async function runMergeCommand(
  args: string[],
  io: CliIo,
  dependencies: CliDependencies,
  version: string,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: MERGE_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const format = checkFormat(values.format);
  if (positionals.length === 0) {
    throw usageError(
      "missing report files",
      "give the JSON reports of the shards, such as merge shard-*.json",
    );
  }

  const reports = positionals.map((file) => parseRunReport(readReport(io.cwd, file), file));
  const report = mergeReports(reports);

  writeReport(io, report, { format, output: values.output, version });
  return dependencies.exitCodeFor(report);
}

function readReport(cwd: string, file: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error: unknown) {
    const code = (error as { code?: unknown }).code;
    const problem = code === "ENOENT" ? "not found" : `cannot be read (${String(code)})`;
    throw new InputError(`report file '${file}' ${problem}`, {
      hint: `check the path; it is relative to ${cwd}`,
      kind: "usage",
    });
  }
}
