import { cpSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAll } from "../../src/cases/run.js";
import { makeTempRepo, type TempRepo } from "./temp-repo.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEED = "rules/zoom/SupiciousLinkSharing.yaml";
const CASE = "test-cases/zoom/SupiciousLinkSharing/four-channels.yaml";
const PROPERTY = "test-cases/zoom/SupiciousLinkSharing/link-in-n-channels.yaml";

let repo: TempRepo;

/** A user's repository: the seed rule and one case, no schemas folder. */
beforeEach(() => {
  repo = makeTempRepo("kql-user-repo-");
  for (const file of [SEED, CASE]) {
    cpSync(join(ROOT, file), join(repo.root, file), { recursive: true });
  }
});

afterEach(() => {
  repo.remove();
});

describe("repository without schemas", () => {
  it("runs on the shipped schemas", () => {
    const report = runAll({ root: repo.root, rulesDir: "rules", casesDir: "test-cases", fuzzRuns: 0 });

    expect(report.errors).toEqual([]);
    expect(report.summary.cases).toBe(1);
    expect(report.summary.passed).toBe(1);
  });

  it("reports a given schemas folder that is missing", () => {
    const report = runAll({
      root: repo.root,
      rulesDir: "rules",
      casesDir: "test-cases",
      schemasDir: "tables",
      fuzzRuns: 0,
    });

    expect(report.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^cannot read the schemas folder '.*tables': ENOENT/),
    ]);
  });
});

describe("single files", () => {
  it("runs one rule file with one case file", () => {
    const report = runAll({ root: repo.root, rulesDir: SEED, casesDir: CASE, fuzzRuns: 0 });

    expect(report.rules.map((rule) => rule.file)).toEqual([SEED]);
    expect(report.rules[0].cases.map((item) => item.status)).toEqual(["passed"]);
  });

  it("rejects properties in a single cases file", () => {
    repo.write(PROPERTY, readFileSync(join(ROOT, PROPERTY), "utf8"));
    const report = runAll({ root: repo.root, rulesDir: SEED, casesDir: PROPERTY, fuzzRuns: 0 });

    expect(report.errors.map((error) => error.message)).toEqual([
      "declared properties in a single cases file are not supported",
    ]);
    expect(report.errors[0].file).toBe(PROPERTY);
  });
});
