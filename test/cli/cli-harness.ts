import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCli } from "../../src/cli/main.js";
import type { CliDependencies, RunAllOptions } from "../../src/cli/dependencies.js";
import type { CliIo } from "../../src/cli/io.js";
import type { RunReport } from "../../src/report/types.js";

/** The outcome of one command line run in a test. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** A temporary folder laid out like a repository, removed by `remove`. */
export interface Workspace {
  root: string;
  write(path: string, text: string): string;
  remove(): void;
}

export function makeWorkspace(folders = ["rules", "test-cases", "schemas"]): Workspace {
  const root = mkdtempSync(join(tmpdir(), "kql-rule-test-cli-"));
  for (const folder of folders) mkdirSync(join(root, folder), { recursive: true });
  return {
    root,
    write(path, text) {
      const absolute = join(root, path);
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, text);
      return absolute;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Dependencies that record their calls and return fixed results. */
export interface FakeDependencies extends CliDependencies {
  runs: RunAllOptions[];
  queries: { query: string; tables: unknown; options: unknown }[];
}

export function fakeDependencies(
  report: RunReport,
  queryResult: unknown = { columns: [], rows: [] },
): FakeDependencies {
  const fake: FakeDependencies = {
    runs: [],
    queries: [],
    runAll: ({ engine, ...options }) => {
      if (engine === undefined) throw new Error("the command line passed no rule engine");
      fake.runs.push(options);
      return report;
    },
    exitCodeFor: (result) => {
      if (result.summary.errors > 0) return 2;
      return result.summary.failed > 0 ? 1 : 0;
    },
    evaluateQuery: (query, tables, options) => {
      fake.queries.push({ query, tables, options });
      return queryResult;
    },
  };
  return fake;
}

/** Runs the command line in `cwd` with captured output. */
export async function runInFolder(
  argv: string[],
  cwd: string,
  dependencies: CliDependencies,
  options: { isTTY?: boolean; env?: Record<string, string> } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    cwd,
  };
  const status = await runCli(argv, io, dependencies, "9.8.7");
  return { status, stdout, stderr };
}
