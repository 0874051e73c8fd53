import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// These tests run the committed bundle (dist/cli.js) through bin/, the way
// `npm start` and an installed package do.
const root = new URL("../../", import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));

function runBin(args: string[]) {
  const result = spawnSync(process.execPath, ["bin/kql-rule-test.js", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/kql-rule-test.js", () => {
  it("prints the package version", () => {
    expect(runBin(["--version"])).toEqual({
      status: 0,
      stdout: `${packageJson.version}\n`,
      stderr: "",
    });
  });

  it("prints the help", () => {
    const result = runBin(["--help"]);

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^kql-rule-test: unit tests for Microsoft Sentinel KQL analytic rules\n/);
  });

  it("exits 2 on an unknown option", () => {
    expect(runBin(["--bogus"])).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "error: unknown option '--bogus'\n  hint: run 'kql-rule-test --help' for the commands and options\n",
    });
  });
});
