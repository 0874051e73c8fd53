import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAll } from "../../src/cases/run.js";
import { buildAnnotations } from "../../src/report/github.js";
import { formatJunitReport } from "../../src/report/junit.js";
import { formatTextReport } from "../../src/report/text.js";
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

  it("runs properties of a single cases file", () => {
    repo.write(PROPERTY, readFileSync(join(ROOT, PROPERTY), "utf8"));
    const report = runAll({ root: repo.root, rulesDir: SEED, casesDir: PROPERTY, fuzzRuns: 5, seed: 7 });
    const declared = report.rules[0].properties.filter((property) => property.file === PROPERTY);

    expect(report.errors).toEqual([]);
    expect(declared.map((property) => property.status)).toEqual(["passed"]);
    expect(declared[0].line).toBe(11);
  });
});

describe("failing case place", () => {
  /** The seed case with its expectation replaced from line 26 on. */
  function writeExpectation(lines: string[]): void {
    const events = readFileSync(join(ROOT, CASE), "utf8").split("\n").slice(0, 25);
    repo.write(CASE, [...events, ...lines, ""].join("\n"));
  }

  const run = () => runAll({ root: repo.root, rulesDir: "rules", casesDir: "test-cases", fuzzRuns: 0 });

  it("points at a column not in the result", () => {
    writeExpectation([
      "expect:",
      "  triggered: true",
      "  alerts:",
      "    - columns:",
      "        User: user1@example.com",
      "        FailCount: 6",
    ]);
    const report = run();
    const [item] = report.rules[0].cases;

    expect(item.status).toBe("failed");
    expect(item.line).toBe(31);
    expect(item.message).toBe(
      "column 'FailCount' is not in the result of the rule; its columns are: Message, User, UserId, Channels, StartTime, EndTime, ChannelCount, AccountName, AccountUPNSuffix; 1 expected alert missing; 1 unexpected alert",
    );
    expect(formatJunitReport(report)).toContain(`file="${CASE}" line="31"`);
    expect(buildAnnotations(report).find((a) => a.level === "error")?.properties.startLine).toBe(31);
    expect(formatTextReport(report, { color: false })).toContain(`(${CASE}:31): column 'FailCount'`);
  });

  it("points at the unmatched alert", () => {
    writeExpectation([
      "expect:",
      "  triggered: true",
      "  alerts:",
      "    - columns: { User: user1@example.com, ChannelCount: 5 }",
    ]);
    const [item] = run().rules[0].cases;

    expect(item.line).toBe(29);
    expect(item.diff.pairs?.[0].fields).toEqual([
      { field: "User", expected: "user1@example.com", actual: "user1@example.com", matches: true },
      { field: "ChannelCount", expected: 5, actual: 4, matches: false },
    ]);
  });

  it("points at expect for triggered", () => {
    writeExpectation(["# only the trigger", "expect:", "  triggered: false"]);
    const [item] = run().rules[0].cases;

    expect(item.message).toBe("expected triggered false, got true");
    expect(item.line).toBe(27);
  });
});

describe("error count", () => {
  it("is the same in text and JUnit", () => {
    const rule = readFileSync(join(ROOT, SEED), "utf8").replace("triggerThreshold: 0", "triggerThreshold: -1");
    repo.write(SEED, rule);
    const report = runAll({ root: repo.root, rulesDir: "rules", casesDir: "test-cases", fuzzRuns: 0 });
    const junit = formatJunitReport(report);

    expect(report.summary.errors).toBe(2);
    expect(formatTextReport(report, { color: false })).toContain("0 passed, 0 failed, 2 errors, 0 xfail");
    expect(junit).toContain('<testsuites name="kql-rule-test" tests="2" failures="0" errors="2"');
  });
});

describe("repository with functions and no schemas", () => {
  it("reads its own workspace functions", () => {
    const rule = readFileSync(join(repo.root, SEED), "utf8").replace(
      "ZoomLogs\n",
      "ChatOnly\n",
    );
    writeFileSync(join(repo.root, SEED), rule);
    mkdirSync(join(repo.root, "functions"));
    writeFileSync(
      join(repo.root, "functions", "ChatOnly.kql"),
      'ZoomLogs | where Event =~ "chat_message.sent"\n',
    );
    const report = runAll({ root: repo.root, rulesDir: "rules", casesDir: "test-cases", fuzzRuns: 0 });

    expect(report.rules[0].errors).toEqual([]);
    expect(report.summary.passed).toBe(1);
  });
});
