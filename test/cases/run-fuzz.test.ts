import { cpSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRuleEngine } from "../../src/cases/default-rule-engine.js";
import type { RuleEngine } from "../../src/cases/rule-engine.js";
import { exitCodeFor, runAll, type RunAllOptions } from "../../src/cases/run.js";
import { InputError } from "../../src/errors.js";
import type { RunReport } from "../../src/report/types.js";
import { makeTempRepo, type TempRepo } from "./temp-repo.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEED = "rules/zoom/SupiciousLinkSharing.yaml";
const PROPERTY_FILE = "test-cases/zoom/SupiciousLinkSharing/link-in-n-channels.yaml";
const FOLDERS = { rulesDir: "rules", casesDir: "test-cases", schemasDir: "schemas" };

function run(root: string, options: Partial<RunAllOptions> = {}): RunReport {
  return runAll({ root, ...FOLDERS, ...options });
}

function copyRepository(): TempRepo {
  const copy = makeTempRepo("kql-fuzz-repo-");
  for (const folder of ["rules", "schemas", "test-cases"]) {
    cpSync(join(ROOT, folder), join(copy.root, folder), { recursive: true });
  }
  return copy;
}

describe("runAll fuzzing the repository", () => {
  let report: RunReport;
  beforeAll(() => {
    report = run(ROOT, { seed: 42 });
  });

  it("finds the seed rule's threshold", () => {
    const seed = report.rules.find((rule) => rule.file === SEED);

    expect(seed?.threshold).toMatchObject({
      found: true,
      column: "ChannelCount",
      operator: ">",
      value: 3,
    });
  });

  it("checks every property with the seed", () => {
    const seed = report.rules.find((rule) => rule.file === SEED);

    expect(seed?.properties.map((item) => [item.name, item.status, item.runs, item.seed])).toEqual([
      ["boundary: ChannelCount > 3", "passed", 100, 42],
      ["boundary (declared): one link in n distinct channels alerts exactly when n > 3", "passed", 100, 42],
      ["row order does not change the alerts", "passed", 100, 42],
      ["events of other groups do not change the alerts", "passed", 100, 42],
      ["duplicate events do not change ChannelCount", "passed", 100, 42],
      ["events before the queryPeriod window raise no alert", "passed", 100, 42],
      ['changing the case in Event =~ "chat_message.sent" does not change the alerts', "passed", 100, 42],
    ]);
  });

  it("places the declared property", () => {
    const seed = report.rules.find((rule) => rule.file === SEED);
    const declared = seed?.properties[1];

    expect(declared?.file).toBe(PROPERTY_FILE);
    expect(declared?.line).toBe(11);
    expect(seed?.properties[0].file).toBeUndefined();
  });

  it("places mutants in the rule file", () => {
    const seed = report.rules.find((rule) => rule.file === SEED);
    const places = seed?.mutants.map((mutant) => [mutant.status, mutant.line, mutant.column]);

    expect(places).toEqual([
      ["killed", 17, 19],
      ["killed", 17, 19],
      ["killed", 19, 17],
      ["killed", 25, 24],
      ["killed", 19, 3],
      ["killed", 22, 3],
      ["killed", 25, 3],
      ["killed", 23, 26],
    ]);
    expect(seed?.mutationScore).toBe(1);
  });

  it("counts properties in the summary", () => {
    expect(report.summary.propertiesPassed).toBe(23);
    expect(report.summary.propertiesFailed).toBe(0);
    expect(exitCodeFor(report)).toBe(0);
  });

  it("reports why a threshold is missing", () => {
    const rule = report.rules.find((item) => item.file === "rules/zoom/E2EEDisbaled.yaml");

    expect(rule?.threshold).toEqual({
      found: false,
      reason: "no filter after 'summarize' compares an aggregate with a constant",
    });
    expect(rule?.skippedProperties?.[0]).toEqual({
      name: "other groups",
      reason: "no grouping field of the input events is known",
    });
  });
});

describe("runAll with fuzzing off", () => {
  it("leaves the fuzzing fields empty", () => {
    const report = run(ROOT, { fuzzRuns: 0 });
    const seed = report.rules.find((rule) => rule.file === SEED);

    expect(seed?.threshold).toBeNull();
    expect(seed?.properties).toEqual([]);
    expect(seed?.mutants).toEqual([]);
    expect(report.summary.propertiesPassed).toBe(0);
  });
});

describe("runAll rule filter", () => {
  it("tests only the chosen rules", () => {
    const seen: string[][] = [];
    const report = run(ROOT, {
      fuzzRuns: 0,
      ruleFilter: (files) => {
        seen.push([...files]);
        return files.filter((file) => file.includes("corrected/"));
      },
    });

    expect(seen).toEqual([
      [
        "rules/zoom/E2EEDisbaled.yaml",
        "rules/zoom/ExternalUserAccess.yaml",
        "rules/zoom/JoiningMeetingFromAnotherTimeZone.yaml",
        SEED,
        "rules/zoom/corrected/E2EEDisbaled.yaml",
        "rules/zoom/corrected/ExternalUserAccess.yaml",
      ],
    ]);
    expect(report.rules.map((rule) => rule.file)).toEqual([
      "rules/zoom/corrected/E2EEDisbaled.yaml",
      "rules/zoom/corrected/ExternalUserAccess.yaml",
    ]);
    expect(report.errors).toEqual([]);
    expect(report.summary.cases).toBe(7);
  });
});

describe("runAll with bad fuzzing input", () => {
  let copy: TempRepo;
  beforeAll(() => {
    copy = copyRepository();
  });
  afterAll(() => copy.remove());

  it("reports an invalid declared property", () => {
    copy.write(
      "test-cases/zoom/bad-property.yaml",
      [
        `rule: ${SEED}`,
        "at: 2026-04-20T09:00:00Z",
        "tables:",
        "  ZoomLogs:",
        "    - { TimeGenerated: 2026-04-20T08:10:00Z }",
        "property:",
        "  alertWhen: more than 3",
        "",
      ].join("\n"),
    );
    const report = run(copy.root, { fuzzRuns: 0 });

    expect(report.errors.map((error) => [error.file, error.line, error.message])).toEqual([
      ["test-cases/zoom/bad-property.yaml", 7, "'more than 3' is not a relation on n"],
    ]);
    expect(exitCodeFor(report)).toBe(2);
  });

  it("makes a fuzzing error the rule's own", () => {
    const engine = failingSecondCompile("rules/zoom/E2EEDisbaled.yaml");
    const report = run(copy.root, { engine, seed: 1, ruleFilter: (files) => files.slice(0, 1) });
    const [rule] = report.rules;

    expect(rule.file).toBe("rules/zoom/E2EEDisbaled.yaml");
    expect(rule.status).toBe("error");
    expect(rule.errors.map((error) => error.message)).toEqual(["compile failed on the second call"]);
    expect(rule.cases.map((item) => item.status)).toEqual(["xfail", "xfail", "passed"]);
    expect(exitCodeFor(report)).toBe(2);
  });
});

/** Wraps the real engine so that compiling `file` fails after the first time. */
function failingSecondCompile(file: string): RuleEngine {
  let compiles = 0;
  return {
    ...defaultRuleEngine,
    compileRule: (rule, options) => {
      if (rule.file.endsWith(file) && (compiles += 1) > 1) {
        throw new InputError("compile failed on the second call", { kind: "unsupported" });
      }
      return defaultRuleEngine.compileRule(rule, options);
    },
  };
}
