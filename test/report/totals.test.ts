import { describe, expect, it } from "vitest";
import { formatTotals, verdictOf } from "../../src/report/totals.js";
import type { RunSummary } from "../../src/report/types.js";
import { fixtureReport } from "./fixture-report.js";

const summary = (counts: Partial<RunSummary>): RunSummary => ({
  rules: 1,
  cases: 0,
  passed: 0,
  failed: 0,
  errors: 0,
  xfail: 0,
  xpass: 0,
  ...counts,
});

describe("formatTotals", () => {
  it("lists the four counts", () => {
    expect(formatTotals(summary({ passed: 8, failed: 1, xfail: 2 }))).toBe(
      "8 passed, 1 failed, 0 errors, 2 xfail",
    );
  });

  it("uses the singular for one error", () => {
    expect(formatTotals(summary({ errors: 1 }))).toBe("0 passed, 0 failed, 1 error, 0 xfail");
  });

  it("adds xpass when present", () => {
    expect(formatTotals(summary({ passed: 1, xpass: 2 }))).toBe(
      "1 passed, 0 failed, 0 errors, 0 xfail, 2 xpass",
    );
  });
});

describe("verdictOf", () => {
  it("puts errors first", () => {
    expect(verdictOf(fixtureReport())).toBe("errors");
  });

  it("fails on an xpass", () => {
    const report = { ...fixtureReport(), errors: [], rules: [], summary: summary({ xpass: 1 }) };

    expect(verdictOf(report)).toBe("failed");
  });

  it("fails on a failed property", () => {
    const report = fixtureReport();
    report.errors = [];
    report.rules = [report.rules[0]];
    report.rules[0].cases = [];
    report.rules[0].properties[0].status = "failed";
    report.summary = summary({});

    expect(verdictOf(report)).toBe("failed");
  });

  it("passes with surviving mutants", () => {
    const report = fixtureReport();
    report.errors = [];
    report.rules = [report.rules[0]];
    report.summary = summary({ passed: 1, xfail: 1 });

    expect(report.rules[0].mutants.some((mutant) => !mutant.killed)).toBe(true);
    expect(verdictOf(report)).toBe("passed");
  });
});
