import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffAlerts } from "../../src/diff/diff-alerts.js";
import type { DiffReport } from "../../src/diff/types.js";
import { createTempRepo, type TempRepo } from "./git-repo.js";

const project = join(import.meta.dirname, "../..");
const seedRule = "rules/zoom/SupiciousLinkSharing.yaml";

/**
 * Three cases, one user each, posting one link in 4, 5 and 6 channels. One
 * user per case because the seed rule groups all rows into a single alert
 * (no eventGroupingSettings, so SingleAlert).
 */
const burstCases = [4, 5, 6].map((channels) => burstCase(channels)).join("\n");

function burstCase(channels: number): string {
  return `- rule: ${seedRule}
  name: link burst in ${channels} channels
  at: 2026-04-20T09:00:00Z
  tables:
    ZoomLogs:
${burst(`user${channels}@example.com`, channels)}
  expect:
    triggered: true`;
}

function burst(user: string, channels: number): string {
  const rows = Array.from({ length: channels }, (_, i) =>
    [
      `      - TimeGenerated: 2026-04-20T08:${String(10 + i).padStart(2, "0")}:00Z`,
      "        Event: chat_message.sent",
      `        User: ${user}`,
      `        UserId: id-${user}`,
      `        ChatEvents: { Channel: c${i}, Message: "see https://files.example.net/${user}" }`,
    ].join("\n"),
  );
  return rows.join("\n");
}

function withThreshold(threshold: number): string {
  const text = readFileSync(join(project, seedRule), "utf8");
  if (!text.includes("let threshold = 3;")) throw new Error("the seed rule no longer sets threshold 3");
  return text.replace("let threshold = 3;", `let threshold = ${threshold};`);
}

function burstCounts(report: DiffReport, list: "added" | "removed"): unknown[] {
  return report.rules[0][list]
    .filter((entry) => entry.case.startsWith("link burst in "))
    .map((entry) => [entry.case, entry.alert.columns.ChannelCount]);
}

let repo: TempRepo;

beforeAll(() => {
  repo = createTempRepo();
  repo.copy(join(project, "rules"), "rules");
  repo.copy(join(project, "test-cases"), "test-cases");
  repo.copy(join(project, "schemas"), "schemas");
  repo.write("test-cases/zoom/diff/link-bursts.yaml", burstCases);
  repo.commit("project rules and cases");
});

afterAll(() => repo.remove());

describe("diffAlerts on the seed rule", () => {
  it("lists alerts removed by raising the threshold", async () => {
    repo.write(seedRule, withThreshold(4));
    repo.commit("raise the threshold to 4");

    const report = await diffAlerts({ root: repo.root, base: "HEAD~1" });

    expect(report.rules.map((rule) => [rule.file, rule.change, rule.reasons])).toEqual([
      [seedRule, "modified", ["rule"]],
    ]);
    expect(report.rules[0].errors).toEqual([]);
    expect(burstCounts(report, "removed")).toEqual([["link burst in 4 channels", 4]]);
    expect(burstCounts(report, "added")).toEqual([]);
    expect(report.rules[0].changed).toEqual([]);
    expect(report.summary.added).toBe(0);
    expect(report.summary.removed).toBe(report.rules[0].removed.length);
  });

  it("lists alerts added by lowering the threshold", async () => {
    repo.write(seedRule, withThreshold(3));
    repo.commit("restore threshold 3");
    repo.write(seedRule, withThreshold(5));
    const base = repo.commit("raise the threshold to 5");
    repo.write(seedRule, withThreshold(3));

    const report = await diffAlerts({ root: repo.root, base });

    expect(report.dirty).toBe(true);
    expect(burstCounts(report, "added")).toEqual([
      ["link burst in 4 channels", 4],
      ["link burst in 5 channels", 5],
    ]);
    expect(burstCounts(report, "removed")).toEqual([]);
    const alert = report.rules[0].added.find((entry) => entry.case === "link burst in 4 channels");
    expect(alert?.alert.entities).toEqual([
      { type: "Account", FullName: "user4@example.com", Name: "user4", UPNSuffix: "example.com" },
    ]);
  });
});
