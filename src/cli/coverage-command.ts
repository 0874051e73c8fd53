import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  coverageReport,
  formatCoverageJson,
  formatCoverageText,
  type CoverageOptions,
  type CoverageReport,
} from "../coverage/index.js";
import { InputError } from "../errors.js";
import {
  repositorySchemaFolders,
  shippedSchemaFolders,
} from "../rules/schemas.js";
import type { CliDependencies } from "./dependencies.js";
import { EXIT_OK, type CliIo } from "./io.js";
import { writeOutputFile } from "./output.js";
import { usageError } from "./usage.js";

const COVERAGE_OPTIONS = {
  format: { type: "string", default: "text" },
  schemas: { type: "string" },
  output: { type: "string" },
  debug: { type: "boolean", default: false },
} as const;

const FORMATS = ["text", "json"];

/** The library call behind `coverage`, replaceable in tests. */
export interface CoverageDependencies {
  coverageReport(
    paths: readonly string[],
    options: CoverageOptions,
  ): CoverageReport;
}

/**
 * Runs `kql-rule-test coverage [--format text|json] [--schemas DIR]
 * [--output FILE] PATH...`: reports, for each rule and `.kql` file under
 * the paths, whether the engine parses, supports and evaluates its query.
 * Tables and workspace functions come from the tool's own `schemas` and
 * `functions` folders, overridden by `--schemas` (by default the `schemas`
 * folder, when there is one) and the `functions` folder beside it. Returns
 * 0 once the report is written, whatever it finds. Invalid input (a missing path, a bad
 * option) raises an `InputError`, and the command line exits 2 on it.
 */
export async function runCoverageCommand(
  args: string[],
  io: CliIo,
  dependencies: Partial<CoverageDependencies> & Partial<CliDependencies> = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: COVERAGE_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const format = checkFormat(values.format);
  if (positionals.length === 0) {
    throw usageError(
      "missing PATH",
      "give rule files, .kql files or folders to report on",
    );
  }
  const schemasDirs = schemasFolders(io.cwd, values.schemas);

  const makeReport = dependencies.coverageReport ?? coverageReport;
  const report = makeReport(positionals, { root: io.cwd, schemasDirs });
  const text =
    format === "json" ? formatCoverageJson(report) : formatCoverageText(report);
  if (values.output === undefined) {
    io.stdout.write(text);
  } else {
    const path = writeOutputFile(io.cwd, values.output, text);
    const count = report.totals.files;
    io.stdout.write(`coverage of ${count} queries written to ${path}\n`);
  }
  return EXIT_OK;
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

/**
 * Returns the folders to read as absolute paths, in override order. The
 * tool's own schemas and functions come first. Then comes `--schemas`,
 * which must be a folder, or else `schemas` in the working folder when
 * there is one, and then the `functions` folder beside it, if any.
 */
function schemasFolders(cwd: string, option: string | undefined): string[] {
  if (option !== undefined) {
    const path = resolve(cwd, option);
    if (!existsSync(path) || !statSync(path).isDirectory()) {
      throw new InputError(`folder '${option}' given by --schemas not found`, {
        hint: `check the path; it is relative to ${cwd}`,
        kind: "usage",
      });
    }
    return repositorySchemaFolders(path);
  }
  const local = resolve(cwd, "schemas");
  if (existsSync(local)) return repositorySchemaFolders(local);
  const functions = resolve(cwd, "functions");
  if (existsSync(functions)) return repositorySchemaFolders(functions);
  return shippedSchemaFolders();
}
