import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffAlerts } from "../../src/diff/diff-alerts.js";
import { fuzzDiffInputs } from "../../src/diff/fuzz-inputs.js";
import { createTempRepo, type TempRepo } from "./git-repo.js";

const project = join(import.meta.dirname, "../..");
const seedRule = "rules/zoom/SupiciousLinkSharing.yaml";
const seedCases = "test-cases/zoom/SupiciousLinkSharing";
const folders = { rules: "rules", cases: "test-cases", schemas: "schemas" };

function withOperator(operator: string): string {
  const text = readFileSync(join(project, seedRule), "utf8");
  const comparison = "| where ChannelCount > threshold";
  if (!text.includes(comparison)) {
    throw new Error(`the seed rule no longer contains '${comparison}'`);
  }
  return text.replace(comparison, `| where ChannelCount ${operator} threshold`);
}

let repo: TempRepo;

beforeAll(() => {
  repo = createTempRepo();
  repo.copy(join(project, seedRule), seedRule);
  repo.copy(join(project, seedCases), seedCases);
  repo.copy(join(project, "schemas"), "schemas");
  // Without these cases no golden case has exactly three channels.
  const threeChannels = [
    "three-channels.yaml",
    "two-users-three-channels.yaml",
    "older-than-query-period.yaml",
  ];
  for (const file of threeChannels) rmSync(join(repo.root, seedCases, file));
  repo.commit("seed rule and cases");
});

afterAll(() => repo.remove());

describe("fuzzDiffInputs", () => {
  it("adds the alert at the threshold", async () => {
    repo.write(seedRule, withOperator(">="));
    repo.commit("alert at three channels");

    const golden = await diffAlerts({ root: repo.root, base: "HEAD~1" });
    const report = await diffAlerts({
      root: repo.root,
      base: "HEAD~1",
      ...fuzzDiffInputs(folders),
    });

    expect(golden.rules[0].added.map((e) => e.case)).toEqual([]);
    expect(report.rules[0].inputs).toBe(golden.rules[0].inputs + 5);
    expect(report.rules[0].errors).toEqual([]);
    expect(report.rules[0].removed).toEqual([]);
    expect(report.rules[0].changed).toEqual([]);
    expect(report.rules[0].added.map((entry) => entry.case)).toEqual([
      "boundary: ChannelCount = 3",
    ]);
    expect(report.rules[0].added[0].alert.columns.ChannelCount).toBe(3);
  });

  it("adds no input without a threshold", async () => {
    repo.write(seedRule, withOperator(">=").replace("| where ChannelCount >= threshold\n", ""));
    repo.commit("no threshold");

    const golden = await diffAlerts({ root: repo.root, base: "HEAD~1" });
    const report = await diffAlerts({
      root: repo.root,
      base: "HEAD~1",
      ...fuzzDiffInputs(folders),
    });

    expect(report.rules[0].inputs).toBe(golden.rules[0].inputs);
  });
});
