import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { InputError } from "../errors.js";
import {
  loadSchemas,
  repositorySchemaFolders,
  shippedSchemaFolders,
} from "../rules/schemas.js";
import { stringifyJson } from "../report/json-text.js";
import type { CliDependencies } from "./dependencies.js";
import { EXIT_OK, type CliIo } from "./io.js";
import { readTableFiles } from "./table-files.js";
import { usageError } from "./usage.js";

const QUERY_OPTIONS = {
  table: { type: "string", multiple: true },
  schemas: { type: "string" },
  file: { type: "string" },
  debug: { type: "boolean", default: false },
} as const;

/**
 * Runs `kql-rule-test query`: evaluates one query over tables read from
 * files and prints the result JSON (`{columns, rows}`). Returns the exit
 * status; invalid input raises an `InputError`.
 */
export async function runQueryCommand(
  args: string[],
  io: CliIo,
  dependencies: CliDependencies,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: QUERY_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const query = readQuery(io.cwd, positionals, values.file);
  const tables = readTableFiles(io.cwd, values.table ?? []);
  const schemasDir = schemasFolder(io.cwd, values.schemas);
  const functions = workspaceFunctions(schemasDir);

  const result = await dependencies.evaluateQuery(query, tables, {
    schemasDir,
    functions,
  });
  io.stdout.write(`${stringifyJson(result, 2)}\n`);
  return EXIT_OK;
}

function readQuery(cwd: string, positionals: string[], file: string | undefined): string {
  if (file !== undefined && positionals.length > 0) {
    throw usageError("give the query either as an argument or with --file, not both");
  }
  if (file !== undefined) return readQueryFile(cwd, file);
  if (positionals.length === 0) {
    throw usageError("missing query", "give the query as one argument, or with --file FILE");
  }
  if (positionals.length > 1) {
    throw usageError(
      `expected one query argument, got ${positionals.length}`,
      "quote the whole query, such as kql-rule-test query 'print x = 1'",
    );
  }
  return positionals[0];
}

function readQueryFile(cwd: string, file: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error: unknown) {
    const code = (error as { code?: unknown }).code;
    const problem = code === "ENOENT" ? "not found" : `cannot be read (${String(code)})`;
    throw new InputError(`query file '${file}' ${problem}`, {
      hint: `check the path; it is relative to ${cwd}`,
      kind: "usage",
    });
  }
}

/**
 * Returns the absolute path of `--schemas`, which must exist, or of
 * `schemas` when that folder exists. Otherwise it returns `undefined`, and
 * the engine uses the schemas shipped with the tool.
 */
function schemasFolder(cwd: string, given: string | undefined): string | undefined {
  if (given === undefined) {
    const local = resolve(cwd, "schemas");
    return existsSync(local) ? local : undefined;
  }
  if (!existsSync(resolve(cwd, given))) {
    throw new InputError(`folder '${given}' given by --schemas not found`, {
      hint: `check the path; it is relative to ${cwd}`,
      kind: "usage",
    });
  }
  return resolve(cwd, given);
}

/**
 * Loads the workspace functions of the tool's own `functions` folder and
 * of the schemas folder and the `functions` folder beside it. Raises the
 * first error of a bad function file.
 */
function workspaceFunctions(
  schemasDir: string | undefined,
): Record<string, string> {
  const folders =
    schemasDir === undefined
      ? shippedSchemaFolders()
      : repositorySchemaFolders(schemasDir);
  const loaded = loadSchemas(folders);
  if (loaded.errors.length > 0) throw loaded.errors[0];
  return loaded.functions;
}
