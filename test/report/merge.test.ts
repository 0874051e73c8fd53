import { describe, expect, it } from "vitest";
import { mergeReports } from "../../src/report/merge.js";
import { fixtureReport } from "./fixture-report.js";

describe("mergeReports property counts", () => {
  it("adds them", () => {
    const first = fixtureReport();
    first.rules = [first.rules[0]];
    const second = fixtureReport();
    second.rules = [second.rules[1]];
    second.summary.propertiesPassed = 4;
    second.summary.propertiesFailed = 2;

    const merged = mergeReports([first, second]);

    expect(merged.summary.propertiesPassed).toBe(5);
    expect(merged.summary.propertiesFailed).toBe(2);
  });

  it("leaves them out of older reports", () => {
    const report = fixtureReport();
    delete report.summary.propertiesPassed;
    delete report.summary.propertiesFailed;

    const merged = mergeReports([report]);

    expect(Object.keys(merged.summary)).toEqual(["rules", "cases", "passed", "failed", "errors", "xfail", "xpass"]);
  });
});
