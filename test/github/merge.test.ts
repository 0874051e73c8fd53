import { describe, expect, it } from "vitest";
import { mergeReports, parseRunReport } from "../../src/report/merge.js";
import { InputError } from "../../src/errors.js";
import { caseReport, ruleReport, runReport } from "./report-fixtures.js";

const orphan = { message: "case names no known rule", file: "test-cases/x.yaml", line: 1, text: "error: orphan" };

describe("mergeReports", () => {
  it("combines rules and adds summaries", () => {
    const first = runReport([ruleReport({ id: "b", file: "rules/b.yaml" })]);
    const second = runReport([
      ruleReport({ id: "a", file: "rules/a.yaml", status: "failed", cases: [caseReport({ status: "failed" }), caseReport()] }),
    ]);

    const merged = mergeReports([first, second]);

    expect(merged.rules.map((rule) => rule.file)).toEqual(["rules/a.yaml", "rules/b.yaml"]);
    expect(merged.summary).toEqual({ rules: 2, cases: 3, passed: 2, failed: 1, errors: 0, xfail: 0, xpass: 0 });
  });

  it("keeps a repeated top-level error once", () => {
    const first = runReport([ruleReport({ id: "a", file: "rules/a.yaml" })]);
    const second = runReport([ruleReport({ id: "b", file: "rules/b.yaml" })]);
    for (const report of [first, second]) {
      report.errors.push(orphan);
      report.summary.errors += 1;
    }

    const merged = mergeReports([first, second]);

    expect(merged.errors).toEqual([orphan]);
    expect(merged.summary.errors).toBe(1);
  });

  it("rejects overlapping shards", () => {
    const report = runReport([ruleReport({ id: "a", file: "rules/a.yaml" })]);

    expect(() => mergeReports([report, report])).toThrow(InputError);
    expect(() => mergeReports([report, report])).toThrow("rule rules/a.yaml (id a) is in more than one shard report");
  });

  it("merges nothing into an empty report", () => {
    expect(mergeReports([])).toEqual({
      summary: { rules: 0, cases: 0, passed: 0, failed: 0, errors: 0, xfail: 0, xpass: 0 },
      rules: [],
      errors: [],
    });
  });
});

describe("parseRunReport", () => {
  it("reads a report", () => {
    const report = runReport();

    expect(parseRunReport(JSON.stringify(report), "shard-1.json")).toEqual(report);
  });

  it("rejects invalid JSON", () => {
    expect(() => parseRunReport("{", "shard-1.json")).toThrow(/^invalid JSON in run report: /);
  });

  it("rejects other JSON", () => {
    let error: unknown;
    try {
      parseRunReport('{"files": []}', "coverage.json");
    } catch (caught: unknown) {
      error = caught;
    }

    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("not a run report: summary, rules or errors is missing");
    expect((error as InputError).file).toBe("coverage.json");
  });
});
