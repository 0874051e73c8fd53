import { describe, expect, it } from "vitest";
import { toSarif } from "../../src/report/sarif.js";
import { InputError } from "../../src/errors.js";
import { caseReport, ruleReport, runReport } from "./report-fixtures.js";

const file = "rules/zoom/SupiciousLinkSharing.yaml";
const deprecated = new InputError("'makeset' is deprecated; use 'make_set'", {
  file,
  line: 23,
  column: 26,
  hint: "replace makeset with make_set",
  kind: "deprecated-function",
});

describe("toSarif", () => {
  it("writes a SARIF 2.1.0 log", () => {
    const log = toSarif(runReport(), { version: "0.1.0" });

    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe("kql-rule-test");
    expect(log.runs[0].tool.driver.version).toBe("0.1.0");
    expect(log.runs[0].results).toEqual([]);
  });

  it("places a lint warning", () => {
    const [result] = toSarif(runReport(), { lint: [deprecated] }).runs[0].results;

    expect(result).toEqual({
      ruleId: "deprecated-function",
      ruleIndex: 3,
      level: "warning",
      message: { text: "'makeset' is deprecated; use 'make_set' (replace makeset with make_set)" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file, uriBaseId: "%SRCROOT%" },
            region: { startLine: 23, startColumn: 26 },
          },
        },
      ],
    });
  });

  it("points every rule index at its rule id", () => {
    const log = toSarif(runReport(), { lint: [deprecated] });
    const { rules } = log.runs[0].tool.driver;

    for (const result of log.runs[0].results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it("reports rule errors, case errors and surviving mutants", () => {
    const rule = ruleReport({
      line: 1,
      status: "error",
      errors: [{ message: "unknown column 'Chanel'", file, line: 20, column: 19, text: "t" }],
      cases: [caseReport({ status: "error", message: "invalid case: rule is missing", line: 4 })],
      mutants: [
        { description: "threshold 3 to 4", killed: false },
        { description: "> to >=", killed: true },
      ],
    });

    const results = toSarif(runReport([rule])).runs[0].results;

    expect(results.map((result) => [result.ruleId, result.level, result.locations?.[0].physicalLocation.region])).toEqual([
      ["invalid-rule", "error", { startLine: 20, startColumn: 19 }],
      ["invalid-case", "error", { startLine: 4 }],
      ["surviving-mutant", "warning", { startLine: 1 }],
    ]);
    expect(results[2].message.text).toBe(
      "mutant survived: threshold 3 to 4; no golden case or property tells it apart from the rule (add a case whose expected alerts differ under this change)",
    );
  });

  it("reports top-level errors, without a place when none", () => {
    const report = runReport();
    report.errors.push({ message: "cannot read the schemas folder", text: "t" });

    const [result] = toSarif(report).runs[0].results;

    expect(result.ruleId).toBe("invalid-input");
    expect(result.locations).toBeUndefined();
  });

  it("replaces a rule warning the lint repeats", () => {
    const warning = { message: deprecated.message, hint: deprecated.hint, file, line: 23, column: 26, text: "t" };
    const report = runReport([ruleReport({ warnings: [warning] })]);

    const results = toSarif(report, { lint: [deprecated, deprecated] }).runs[0].results;

    expect(results.map((result) => result.ruleId)).toEqual(["deprecated-function"]);
  });

  it("files unknown lint kinds as rule warnings", () => {
    const other = new InputError("odd", { file, line: 2, kind: "something-else" });

    expect(toSarif(runReport(), { lint: [other] }).runs[0].results[0].ruleId).toBe("rule-warning");
  });
});
