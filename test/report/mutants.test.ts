import { describe, expect, it } from "vitest";
import { describeMutants, isSurvivor, suggestedCase } from "../../src/report/mutants.js";
import { toSarif } from "../../src/report/sarif.js";
import type { MutantReport } from "../../src/report/types.js";
import { fixtureReport } from "./fixture-report.js";

describe("isSurvivor", () => {
  const cases: [string, MutantReport, boolean][] = [
    ["survived", { description: "m", killed: false, status: "survived" }, true],
    ["killed", { description: "m", killed: true, status: "killed" }, false],
    ["invalid", { description: "m", killed: false, status: "invalid" }, false],
    ["skipped", { description: "m", killed: false, status: "skipped" }, false],
    ["no status, not killed", { description: "m", killed: false }, true],
    ["no status, killed", { description: "m", killed: true }, false],
  ];

  it.each(cases)("%s", (_name, mutant, expected) => {
    expect(isSurvivor(mutant)).toBe(expected);
  });
});

describe("describeMutants", () => {
  it("counts decided mutants only", () => {
    expect(describeMutants(fixtureReport().rules[0])).toBe("1 of 2 killed (50%), 1 skipped for time");
  });

  it("counts invalid mutants apart", () => {
    const rule = fixtureReport().rules[0];
    rule.mutants.push({ description: "m", killed: false, status: "invalid" });
    rule.mutationScore = null;

    expect(describeMutants(rule)).toBe("1 of 2 killed, 1 invalid, 1 skipped for time");
  });
});

describe("suggestedCase", () => {
  it("reads the name and file", () => {
    expect(suggestedCase(fixtureReport().rules[0].mutants[1])).toEqual({
      name: "ChannelCount = 4 raises one alert",
      file: "counterexamples/rules/zoom/SupiciousLinkSharing.kill-threshold-3-replaced-by-4.yaml",
    });
  });

  it("is undefined without a suggestion", () => {
    expect(suggestedCase(fixtureReport().rules[0].mutants[0])).toBeUndefined();
  });
});

describe("toSarif surviving mutants", () => {
  it("places each at its query line", () => {
    const results = toSarif(fixtureReport()).runs[0].results.filter(
      (result) => result.ruleId === "surviving-mutant",
    );

    expect(results.map((result) => result.locations?.[0].physicalLocation.region)).toEqual([
      { startLine: 17, startColumn: 19 },
    ]);
  });
});
