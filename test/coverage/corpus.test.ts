import { describe, expect, it } from "vitest";
import { coverageReport } from "../../src/coverage/index.js";

const ROOT = new URL("../..", import.meta.url).pathname;

describe("coverage of the rule corpus", () => {
  const report = coverageReport(["test/fixtures/corpus/sentinel"], {
    root: ROOT,
    schemasDirs: ["schemas"],
  });
  const { files, totals } = report;

  it("prints the totals", () => {
    console.log(`corpus coverage: ${JSON.stringify(totals)}`);
    console.log(`top gaps: ${JSON.stringify(report.gaps.slice(0, 15))}`);
  });

  it("totals match the files", () => {
    expect(totals.files).toBe(files.length);
    expect(totals.parsed).toBe(files.filter((item) => item.parsed).length);
    expect(totals.supported).toBe(files.filter((item) => item.supported).length);
    expect(totals.evaluated).toBe(files.filter((item) => item.evaluated).length);
  });

  it("nests the counts", () => {
    expect(totals.parsed).toBeLessThanOrEqual(totals.files);
    expect(totals.supported).toBeLessThanOrEqual(totals.parsed);
    expect(totals.evaluated).toBeLessThanOrEqual(totals.parsed);
  });

  it("gives every failure an error", () => {
    const unexplained = files.filter((item) => !item.evaluated && item.error === null);

    expect(unexplained).toEqual([]);
  });

  it("counts each failure once", () => {
    const failed = files.filter((item) => item.status === "failed").length;
    const grouped = report.failures.reduce((sum, failure) => sum + failure.rules, 0);

    expect(grouped).toBe(failed);
  });
});
