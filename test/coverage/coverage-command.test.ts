import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCoverageCommand } from "../../src/cli/coverage-command.js";
import type { CliIo } from "../../src/cli/io.js";
import type { CoverageOptions, CoverageReport } from "../../src/coverage/index.js";
import { makeCoverageWorkspace, type CoverageWorkspace } from "./workspace.js";

/** The tool's own folder, whose `schemas` and `functions` come first. */
const REPOSITORY = join(import.meta.dirname, "../..");

let workspace: CoverageWorkspace;

beforeEach(() => {
  workspace = makeCoverageWorkspace();
  workspace.writeRule("rules/take.yaml", 1, "Take one", "Events\n| take 1");
  workspace.writeRule("rules/typo.yaml", 2, "Typo", "Events\n| where Cuont > 1");
});

afterEach(() => {
  workspace.remove();
});

async function coverage(args: string[], dependencies = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    cwd: workspace.root,
  };
  const status = await runCoverageCommand(args, io, dependencies);
  return { status, stdout, stderr };
}

describe("coverage command", () => {
  it("prints the text report", async () => {
    const outcome = await coverage(["rules"]);

    expect(outcome.status).toBe(0);
    expect(outcome.stderr).toBe("");
    expect(outcome.stdout).toBe(
      [
        "evaluated      rules/take.yaml  Take one",
        "failed         rules/typo.yaml:14:11  Typo",
        "               error: unknown column 'Cuont'",
        "",
        "2 queries: 2 parsed, 2 supported, 1 evaluated",
        "",
        "errors of supported queries (queries, kind, message):",
        "     1  semantic  unknown column 'Cuont'",
        "",
      ].join("\n"),
    );
  });

  it("prints the JSON report", async () => {
    const outcome = await coverage(["--format", "json", "rules/take.yaml"]);
    const report = JSON.parse(outcome.stdout) as CoverageReport;

    expect(outcome.status).toBe(0);
    expect(report.totals).toEqual({ files: 1, parsed: 1, supported: 1, evaluated: 1 });
    expect(report.files[0].file).toBe("rules/take.yaml");
    expect(report.gaps).toEqual([]);
  });

  it("writes the report to --output", async () => {
    const outcome = await coverage(["--format", "json", "--output", "out.json", "rules"]);
    const written = JSON.parse(readFileSync(join(workspace.root, "out.json"), "utf8"));

    expect(outcome.stdout).toBe("coverage of 2 queries written to out.json\n");
    expect(written.totals.files).toBe(2);
  });

  it("passes paths and schemas on", async () => {
    const calls: { paths: readonly string[]; options: CoverageOptions }[] = [];
    const coverageReport = (paths: readonly string[], options: CoverageOptions) => {
      calls.push({ paths, options });
      return { files: [], totals: { files: 0, parsed: 0, supported: 0, evaluated: 0 }, gaps: [], failures: [], skipped: [] };
    };

    await coverage(["a", "b"], { coverageReport });

    expect(calls).toEqual([
      {
        paths: ["a", "b"],
        options: {
          root: workspace.root,
          schemasDirs: [
            join(REPOSITORY, "schemas"),
            join(REPOSITORY, "functions"),
            join(workspace.root, "schemas"),
          ],
        },
      },
    ]);
  });

  it("rejects a missing path", async () => {
    await expect(coverage(["nowhere"])).rejects.toThrow("path 'nowhere' not found");
  });

  it("rejects an unknown format", async () => {
    await expect(coverage(["--format", "xml", "rules"])).rejects.toThrow(
      "invalid value 'xml' for --format",
    );
  });

  it("requires a path", async () => {
    await expect(coverage([])).rejects.toThrow("missing PATH");
  });

  it("rejects a missing --schemas folder", async () => {
    await expect(coverage(["--schemas", "none", "rules"])).rejects.toThrow(
      "folder 'none' given by --schemas not found",
    );
  });
});
