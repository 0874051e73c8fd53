import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HELP_TEXT } from "../../src/cli/help.js";
import { formatJsonReport } from "../../src/report/json.js";
import { formatJunitReport } from "../../src/report/junit.js";
import { toSarif } from "../../src/report/sarif.js";
import { formatTextReport } from "../../src/report/text.js";
import { fixtureReport } from "../report/fixture-report.js";
import {
  fakeDependencies,
  makeWorkspace,
  runInFolder,
  type Workspace,
} from "./cli-harness.js";

let workspace: Workspace;

beforeEach(() => {
  workspace = makeWorkspace();
});

afterEach(() => {
  workspace.remove();
});

const run = (argv: string[], options?: { isTTY?: boolean; env?: Record<string, string> }) =>
  runInFolder(argv, workspace.root, fakeDependencies(fixtureReport()), options);

describe("help and version", () => {
  it("prints the help", async () => {
    expect(await run(["--help"])).toEqual({ status: 0, stdout: HELP_TEXT, stderr: "" });
  });

  it("prints the help for -h after a command", async () => {
    expect((await run(["query", "-h"])).stdout).toBe(HELP_TEXT);
  });

  it("prints the version", async () => {
    expect(await run(["--version"])).toEqual({ status: 0, stdout: "9.8.7\n", stderr: "" });
  });
});

describe("command line errors", () => {
  const cases: [string, string[], string][] = [
    [
      "unknown option",
      ["--bogus"],
      "error: unknown option '--bogus'\n  hint: run 'kql-rule-test --help' for the commands and options\n",
    ],
    [
      "missing option value",
      ["run", "--rules"],
      "error: option '--rules <value>' argument missing\n  hint: run 'kql-rule-test --help' for the commands and options\n",
    ],
    [
      "unknown command",
      ["lint"],
      "error: unknown command 'lint'\n  hint: use one of run, query, coverage, diff, merge, or run 'kql-rule-test --help'\n",
    ],
    [
      "unknown format",
      ["--format", "xml"],
      "error: invalid value 'xml' for --format\n  hint: use one of text, json, junit, sarif\n",
    ],
    [
      "invalid shard",
      ["--shard", "5/4"],
      "error: invalid shard '5/4'\n  hint: write the shard as k/n with 1 <= k <= n, such as 1/4\n",
    ],
    [
      "diff without base",
      ["diff"],
      "error: missing --base\n  hint: give the git ref to compare with, such as --base origin/main\n",
    ],
    [
      "diff format junit",
      ["diff", "--base", "main", "--format", "junit"],
      "error: invalid value 'junit' for --format\n  hint: use one of text, json\n",
    ],
    [
      "merge without files",
      ["merge"],
      "error: missing report files\n  hint: give the JSON reports of the shards, such as merge shard-*.json\n",
    ],
  ];

  it.each(cases)("%s exits 2", async (_name, argv, stderr) => {
    expect(await run(argv)).toEqual({ status: 2, stdout: "", stderr });
  });
});

describe("fuzzing options", () => {
  const invalid: [string[], string][] = [
    [["--fuzz-runs", "many"], "error: invalid value 'many' for --fuzz-runs: expected a whole number\n"],
    [["--fuzz-runs=-1"], "error: invalid value '-1' for --fuzz-runs: expected a whole number\n"],
    [["--seed", "1.5"], "error: invalid value '1.5' for --seed: expected a whole number\n"],
    [["--seed", "2147483648"], "error: invalid value '2147483648' for --seed: expected at most 2147483647\n"],
    [["--write-counterexamples", " "], "error: --write-counterexamples needs a folder\n  hint: give a folder path, such as --write-counterexamples counterexamples\n"],
  ];

  it.each(invalid)("%j exits 2", async (argv, message) => {
    const result = await run(argv);
    const hint = "  hint: run 'kql-rule-test --help' for the commands and options\n";

    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(message.includes("hint:") ? message : message + hint);
  });

  it("passes them to the run", async () => {
    const dependencies = fakeDependencies(fixtureReport());
    const argv = ["--fuzz-runs", "0", "--seed", "2147483647", "--write-counterexamples", "out"];
    await runInFolder(argv, workspace.root, dependencies);

    expect(dependencies.runs).toEqual([
      {
        root: workspace.root,
        rulesDir: "rules",
        casesDir: "test-cases",
        schemasDir: undefined,
        fuzzRuns: 0,
        seed: 2147483647,
        writeCounterexamples: "out",
      },
    ]);
  });
});

describe("run", () => {
  it("passes the default folders", async () => {
    const dependencies = fakeDependencies(fixtureReport());
    await runInFolder([], workspace.root, dependencies);

    expect(dependencies.runs).toEqual([
      { root: workspace.root, rulesDir: "rules", casesDir: "test-cases", schemasDir: undefined },
    ]);
  });

  it("runs without a schemas folder", async () => {
    const bare = makeWorkspace(["rules", "test-cases"]);
    const dependencies = fakeDependencies(fixtureReport());
    const result = await runInFolder([], bare.root, dependencies);
    bare.remove();

    expect(result.stderr).toBe("");
    expect(dependencies.runs).toHaveLength(1);
    expect(dependencies.runs[0].schemasDir).toBeUndefined();
  });

  it("passes single rule and case files", async () => {
    workspace.write("rules/one.yaml", "");
    workspace.write("test-cases/one.yaml", "");
    const dependencies = fakeDependencies(fixtureReport());
    const argv = ["--rules", "rules/one.yaml", "--cases", "test-cases/one.yaml"];
    const result = await runInFolder(argv, workspace.root, dependencies);

    expect(result.stderr).toBe("");
    expect(dependencies.runs[0].rulesDir).toBe("rules/one.yaml");
    expect(dependencies.runs[0].casesDir).toBe("test-cases/one.yaml");
  });

  it("passes the given folders", async () => {
    workspace.write("my/rules/.keep", "");
    workspace.write("my/cases/.keep", "");
    workspace.write("my/schemas/.keep", "");
    const dependencies = fakeDependencies(fixtureReport());
    const argv = ["run", "--rules", "my/rules", "--cases", "my/cases", "--schemas", "my/schemas"];
    await runInFolder(argv, workspace.root, dependencies);

    expect(dependencies.runs[0]).toEqual({
      root: workspace.root,
      rulesDir: "my/rules",
      casesDir: "my/cases",
      schemasDir: "my/schemas",
    });
  });

  it("prints the text report and exits per the report", async () => {
    const result = await run(["run"]);

    expect(result.stdout).toBe(formatTextReport(fixtureReport(), { color: false }));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(2);
  });

  it("exits 1 on a failure", async () => {
    const report = fixtureReport();
    report.summary.errors = 0;
    const dependencies = fakeDependencies(report);

    expect((await runInFolder([], workspace.root, dependencies)).status).toBe(1);
  });

  it("colours a TTY", async () => {
    const result = await run([], { isTTY: true });

    expect(result.stdout).toBe(formatTextReport(fixtureReport(), { color: true }));
  });

  it("honours NO_COLOR", async () => {
    const result = await run([], { isTTY: true, env: { NO_COLOR: "1" } });

    expect(result.stdout).toBe(formatTextReport(fixtureReport(), { color: false }));
  });

  it("prints JSON", async () => {
    expect((await run(["--format", "json"])).stdout).toBe(formatJsonReport(fixtureReport()));
  });

  it("prints JUnit XML", async () => {
    expect((await run(["--format", "junit"])).stdout).toBe(formatJunitReport(fixtureReport()));
  });

  it("prints SARIF", async () => {
    const result = await run(["--format", "sarif"]);
    const sarif = JSON.parse(result.stdout);

    expect(result.stdout).toBe(`${JSON.stringify(toSarif(fixtureReport(), { version: "9.8.7" }), null, 2)}\n`);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].tool.driver.version).toBe("9.8.7");
  });

  it("writes the report to --output", async () => {
    const result = await run(["--format", "junit", "--output", "report.xml"]);

    expect(result.stdout).toBe(
      "1 passed, 1 failed, 3 errors, 1 xfail, 1 xpass; properties: 1 passed, 0 failed; report written to report.xml\n",
    );
    expect(readFileSync(join(workspace.root, "report.xml"), "utf8")).toBe(
      formatJunitReport(fixtureReport()),
    );
  });

  it("writes text without colour to --output", async () => {
    await run(["--output", "report.txt"], { isTTY: true });

    expect(readFileSync(join(workspace.root, "report.txt"), "utf8")).toBe(
      formatTextReport(fixtureReport(), { color: false }),
    );
  });

  it("rejects an output folder that is missing", async () => {
    const result = await run(["--output", "missing/report.json"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "error: folder of the output file 'missing/report.json' not found\n  hint: create missing first, or give another --output path\n",
    );
  });

  it("rejects an output path that is a folder", async () => {
    const result = await run(["--output", "rules"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot write the output file 'rules': /);
  });

  it("rejects a rules folder that is missing", async () => {
    const result = await run(["--rules", "nowhere"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `error: folder or file 'nowhere' given by --rules not found\n  hint: create it, or give another folder or file with --rules; paths are relative to ${workspace.root}\n`,
    );
  });

  it("rejects a schemas folder that is missing", async () => {
    const result = await run(["--schemas", "nowhere"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `error: folder 'nowhere' given by --schemas not found\n  hint: create it, or give another folder with --schemas; paths are relative to ${workspace.root}\n`,
    );
  });

  it("rejects a file given as schemas folder", async () => {
    workspace.write("tables.json", "");
    const result = await run(["--schemas", "tables.json"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "error: 'tables.json' given by --schemas is not a folder\n  hint: give a folder with --schemas\n",
    );
  });
});

describe("internal errors", () => {
  const crashing = () => {
    const dependencies = fakeDependencies(fixtureReport());
    dependencies.runAll = () => {
      throw new Error("boom");
    };
    return dependencies;
  };

  it("exit 2 without the stack", async () => {
    const result = await runInFolder([], workspace.root, crashing());

    expect(result).toEqual({
      status: 2,
      stdout: "",
      stderr: "internal error: boom\nrun again with --debug to see the stack trace\n",
    });
  });

  it("show the stack with --debug", async () => {
    const result = await runInFolder(["--debug"], workspace.root, crashing());

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^internal error: boom\nError: boom\n {4}at /);
  });
});
