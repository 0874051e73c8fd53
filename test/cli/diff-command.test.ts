import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDependencies } from "../../src/cli/default-dependencies.js";
import { createTempRepo, type TempRepo } from "../diff/git-repo.js";
import { makeWorkspace, runInFolder } from "./cli-harness.js";

// These tests run `diff` through the command line on a real git repository
// holding this project's rules, cases and schemas.
const project = join(import.meta.dirname, "../..");
const linkRule = "rules/zoom/SupiciousLinkSharing.yaml";

/** One case per user posting one link in `channels` channels. */
function burstCase(channels: number): string {
  const rows = Array.from({ length: channels }, (_, i) =>
    [
      `      - TimeGenerated: 2026-04-20T08:${String(10 + i).padStart(2, "0")}:00Z`,
      "        Event: chat_message.sent",
      `        User: user${channels}@example.com`,
      `        UserId: id-${channels}`,
      `        ChatEvents: { Channel: c${i}, Message: "see https://files.example.net/${channels}" }`,
    ].join("\n"),
  );
  return [
    `- rule: ${linkRule}`,
    `  name: link burst in ${channels} channels`,
    "  at: 2026-04-20T09:00:00Z",
    "  tables:",
    "    ZoomLogs:",
    ...rows,
    "  expect:",
    "    triggered: true",
  ].join("\n");
}

function withThreshold(threshold: number): string {
  const text = readFileSync(join(project, linkRule), "utf8");
  if (!text.includes("let threshold = 3;")) throw new Error("the link-sharing rule no longer sets threshold 3");
  return text.replace("let threshold = 3;", `let threshold = ${threshold};`);
}

interface DiffJson {
  summary: { rules: number; added: number; removed: number; changed: number };
  rules: {
    file: string;
    change: string;
    added: { case: string; alert: { columns: Record<string, unknown> } }[];
    removed: { case: string; alert: { columns: Record<string, unknown> } }[];
  }[];
}

function burstAlerts(entries: DiffJson["rules"][number]["added"]): unknown[] {
  return entries
    .filter((entry) => entry.case.startsWith("link burst in "))
    .map((entry) => [entry.case, entry.alert.columns.ChannelCount]);
}

const diff = (argv: string[]) => runInFolder(["diff", ...argv], repo.root, defaultDependencies);

let repo: TempRepo;

beforeAll(() => {
  repo = createTempRepo();
  repo.copy(join(project, "rules"), "rules");
  repo.copy(join(project, "test-cases"), "test-cases");
  repo.copy(join(project, "schemas"), "schemas");
  repo.write("test-cases/zoom/diff/link-bursts.yaml", [4, 5, 6].map(burstCase).join("\n"));
  repo.commit("project rules and cases");
});

afterAll(() => repo.remove());

describe("diff command", () => {
  it("lists alerts removed by a higher threshold", async () => {
    repo.write(linkRule, withThreshold(4));
    repo.commit("raise the threshold to 4");

    const result = await diff(["--base", "HEAD~1", "--format", "json"]);
    const report = JSON.parse(result.stdout) as DiffJson;

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(Object.keys(report)).toEqual(["base", "head", "summary", "rules", "dirty", "errors"]);
    expect(report.rules.map((rule) => [rule.file, rule.change])).toEqual([[linkRule, "modified"]]);
    expect(burstAlerts(report.rules[0].removed)).toEqual([["link burst in 4 channels", 4]]);
    expect(report.rules[0].added).toEqual([]);
    expect(report.summary.removed).toBe(report.rules[0].removed.length);
  });

  it("lists alerts added by a lower threshold", async () => {
    repo.write(linkRule, withThreshold(2));
    repo.commit("lower the threshold to 2");

    const result = await diff(["--base", "HEAD~1", "--format", "json"]);
    const report = JSON.parse(result.stdout) as DiffJson;

    expect(result.status).toBe(0);
    expect(burstAlerts(report.rules[0].added)).toEqual([["link burst in 4 channels", 4]]);
    expect(report.rules[0].removed).toEqual([]);
    expect(report.summary.added).toBe(report.rules[0].added.length);
  });

  it("prints text by default", async () => {
    const result = await diff(["--base", "HEAD~1"]);
    const lines = result.stdout.split("\n");

    expect(result.status).toBe(0);
    expect(lines[0]).toMatch(/^alerts [0-9a-f]+\.\.[0-9a-f]+: 1 rule, \d+ added, 0 removed, 0 changed$/);
    expect(lines[2]).toBe(`${linkRule} (modified): Suspicious link sharing pattern`);
    const burst = lines.filter((line) => line.startsWith("  + [link burst in 4 channels] "));
    expect(burst).toHaveLength(1);
    expect(burst[0]).toContain(" User=user4@example.com, ");
    expect(burst[0]).toContain(" ChannelCount=4, ");
  });

  it("writes the diff to --output", async () => {
    const result = await diff(["--base", "HEAD~1", "--format", "json", "--output", "diff.json"]);
    const written = JSON.parse(readFileSync(join(repo.root, "diff.json"), "utf8")) as DiffJson;
    rmSync(join(repo.root, "diff.json"));
    const { added } = written.summary;

    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${added} added, 0 removed, 0 changed, 0 errors; report written to diff.json\n`);
    expect(added).toBeGreaterThan(0);
  });

  it("exits 2 on an unknown ref", async () => {
    const result = await diff(["--base", "no-such-branch"]);

    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: git ref 'no-such-branch' was not found\n  hint: /);
  });

  it("exits 2 outside a git repository", async () => {
    const workspace = makeWorkspace();
    try {
      const result = await runInFolder(["diff", "--base", "HEAD"], workspace.root, defaultDependencies);

      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^error: git ref 'HEAD' was not found\n/);
    } finally {
      workspace.remove();
    }
  });
});

describe("diff in a repository without schemas", () => {
  let bare: TempRepo;

  beforeAll(() => {
    bare = createTempRepo();
    bare.copy(join(project, linkRule), linkRule);
    bare.write("test-cases/link-bursts.yaml", [4, 5].map(burstCase).join("\n"));
    bare.commit("rule and cases");
  });

  afterAll(() => bare.remove());

  const bareDiff = (argv: string[]) => runInFolder(["diff", ...argv], bare.root, defaultDependencies);

  it("uses the shipped schemas", async () => {
    bare.write(linkRule, withThreshold(4));
    bare.commit("raise the threshold to 4");

    const result = await bareDiff(["--base", "HEAD~1", "--format", "json"]);
    const report = JSON.parse(result.stdout) as DiffJson;

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(burstAlerts(report.rules[0].removed)).toEqual([["link burst in 4 channels", 4]]);
  });

  it("rejects a given schemas folder that is missing", async () => {
    const result = await bareDiff(["--base", "HEAD~1", "--schemas", "tables"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `error: folder 'tables' given by --schemas not found\n  hint: create it, or give another folder with --schemas; paths are relative to ${bare.root}\n`,
    );
  });

  it("lists the alerts of the deleted last rule", async () => {
    rmSync(join(bare.root, "rules"), { recursive: true });
    bare.commit("delete the rule");

    const result = await bareDiff(["--base", "HEAD~1", "--format", "json"]);
    const report = JSON.parse(result.stdout) as DiffJson;

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(report.rules.map((rule) => [rule.file, rule.change])).toEqual([[linkRule, "deleted"]]);
    expect(burstAlerts(report.rules[0].removed)).toEqual([["link burst in 5 channels", 5]]);
  });
});
