import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultDependencies } from "../../src/cli/default-dependencies.js";
import { makeWorkspace, runInFolder, type Workspace } from "./cli-harness.js";

// These tests run the command line with the real case runner and engine.
const repository = new URL("../../", import.meta.url).pathname;

const THREE_CHANNELS = `rule: rules/link.yaml
name: three channels expected to alert
at: 2026-04-20T09:00:00Z
tables:
  ZoomLogs:
${["general", "random", "sales"]
  .map(
    (channel, index) => `    - TimeGenerated: 2026-04-20T08:1${index}:00Z
      Event: chat_message.sent
      User: user1@example.com
      UserId: u-001
      ChatEvents: { Channel: ${channel}, Message: "see https://files.example.net/a" }`,
  )
  .join("\n")}
expect:
  triggered: true
  alerts:
    - columns: { User: user1@example.com, ChannelCount: 3 }
`;

let workspace: Workspace;

beforeEach(() => {
  workspace = makeWorkspace();
  copyFileSync(join(repository, "schemas", "ZoomLogs.json"), join(workspace.root, "schemas", "ZoomLogs.json"));
  copyFileSync(
    join(repository, "rules", "zoom", "SupiciousLinkSharing.yaml"),
    join(workspace.root, "rules", "link.yaml"),
  );
});

afterEach(() => {
  workspace.remove();
});

describe("run end to end", () => {
  it("passes the repository's own cases", async () => {
    const result = await runInFolder([], repository, defaultDependencies);
    const lines = result.stdout.trimEnd().split("\n");

    expect(result.stderr).toBe("");
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed, 0 errors, \d+ xfail; properties: \d+ passed, 0 failed; thresholds: 1 found, 1 fuzzed$/);
    expect(result.status).toBe(0);
  });

  it("reports a failing case with its diff", async () => {
    workspace.write("test-cases/three.yaml", THREE_CHANNELS);
    const result = await runInFolder([], workspace.root, defaultDependencies);
    const lines = result.stdout.split("\n");

    expect(result.status).toBe(1);
    expect(lines).toContain("          - missing alert");
    expect(lines).toContain('          -   User:         "user1@example.com"');
    expect(lines).toContain("          -   ChannelCount: 3");
    expect(lines.at(-2)).toBe("0 passed, 1 failed, 0 errors, 0 xfail; thresholds: 1 found, 0 fuzzed");
  });

  it("writes JUnit XML for a failing case", async () => {
    workspace.write("test-cases/three.yaml", THREE_CHANNELS);
    const argv = ["--format", "junit", "--output", "junit.xml"];
    const result = await runInFolder(argv, workspace.root, defaultDependencies);
    const xml = readFileSync(join(workspace.root, "junit.xml"), "utf8");

    expect(result.status).toBe(1);
    expect(xml).toContain('<testsuites name="kql-rule-test" tests="1" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('name="three channels expected to alert"');
  });

  it("exits 2 on an invalid case", async () => {
    workspace.write("test-cases/bad.yaml", "rule: rules/link.yaml\nname: [unclosed\n");
    const result = await runInFolder([], workspace.root, defaultDependencies);

    expect(result.status).toBe(2);
    expect(result.stdout).toContain("error: invalid YAML");
  });
});

describe("query end to end", () => {
  it("evaluates a self-contained query", async () => {
    const result = await runInFolder(["query", "print n = 6 * 7"], workspace.root, defaultDependencies);

    expect(result).toEqual({
      status: 0,
      stdout: '{\n  "columns": [\n    {\n      "name": "n",\n      "type": "long"\n    }\n  ],\n  "rows": [\n    [\n      42\n    ]\n  ]\n}\n',
      stderr: "",
    });
  });

  it("counts rows of a CSV table", async () => {
    workspace.write("events.csv", "User,Count\nu1,4\nu2,5\n");
    const argv = ["query", "--table", "Events=events.csv", "Events | count"];
    const result = await runInFolder(argv, workspace.root, defaultDependencies);

    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      columns: [{ name: "Count", type: "long" }],
      rows: [[2]],
    });
  });

  it("exits 2 on a syntax error", async () => {
    const result = await runInFolder(["query", "print n = "], workspace.root, defaultDependencies);

    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: /);
  });
});
