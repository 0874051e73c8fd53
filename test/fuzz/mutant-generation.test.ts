import { describe, expect, it } from "vitest";
import { generateMutants } from "../../src/fuzz/mutant-generation.js";
import { corpusQuery, repositorySchemas } from "./corpus.js";

const describeAll = (query: string) => generateMutants(query).map((m) => m.description);

describe("generateMutants", () => {
  it("swaps string operators", () => {
    const query = 'T | where A has "x" and B contains "y" and C !has "z" and D !contains "w"';

    expect(describeAll(query)).toEqual([
      "line 1: 'has' to 'contains' in 'A has \"x\"'",
      "line 1: 'contains' to 'has' in 'B contains \"y\"'",
      "line 1: '!has' to '!contains' in 'C !has \"z\"'",
      "line 1: '!contains' to '!has' in 'D !contains \"w\"'",
      "line 1: drop 'where A has \"x\" and B contains \"y\" and C !has \"z\" and D !...'",
    ]);
  });

  it("makes comparisons case-sensitive", () => {
    const query = 'T | where A =~ "x" and B !~ "y" and C in~ ("z")';

    expect(describeAll(query).slice(0, 3)).toEqual([
      "line 1: '=~' to '==' in 'A =~ \"x\"'",
      "line 1: '!~' to '!=' in 'B !~ \"y\"'",
      "line 1: 'in~' to 'in' in 'C in~ (\"z\")'",
    ]);
  });

  it("moves each bound to its neighbour", () => {
    const query = "T | where A < 5 and B <= 6 and C > 7 and D >= 8";
    const mutants = generateMutants(query).filter((m) => m.kind === "comparison");

    expect(mutants.map((m) => m.query)).toEqual([
      "T | where A <= 5 and B <= 6 and C > 7 and D >= 8",
      "T | where A < 5 and B < 6 and C > 7 and D >= 8",
      "T | where A < 5 and B <= 6 and C >= 7 and D >= 8",
      "T | where A < 5 and B <= 6 and C > 7 and D > 8",
    ]);
  });

  it("weakens distinct counts", () => {
    const query = "T | summarize dcount(A), dcountif(B, C > 1), make_set_if(D, E) by U";
    const mutants = generateMutants(query).filter((m) => m.kind === "aggregate");

    expect(mutants.map((m) => m.query)).toEqual([
      "T | summarize count(), dcountif(B, C > 1), make_set_if(D, E) by U",
      "T | summarize dcount(A), countif(C > 1), make_set_if(D, E) by U",
      "T | summarize dcount(A), dcountif(B, C > 1), make_list_if(D, E) by U",
    ]);
  });

  it("moves a threshold literal", () => {
    const query = "T | summarize n = count() by U | where n > 3";
    const mutants = generateMutants(query).filter((m) => m.kind === "threshold");

    expect(mutants.map((m) => m.query)).toEqual([
      "T | summarize n = count() by U | where n > 2",
      "T | summarize n = count() by U | where n > 4",
    ]);
  });

  it("drops a where with its bar", () => {
    const query = "T\n| where A == 1\n| project A";
    const [dropped] = generateMutants(query).filter((m) => m.kind === "drop-where");

    expect(dropped.query).toBe("T\n\n| project A");
    expect(dropped.description).toBe("line 2: drop 'where A == 1'");
  });

  it("changes a shared let literal once", () => {
    // Each leg of the union compares count_ with the same `let threshold`.
    const file =
      "noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules/AzureWAF/AzureFirewallMultipleDenyActionsDetectionRule.yaml";
    const mutants = generateMutants(corpusQuery(file), { tables: repositorySchemas() });
    const thresholds = mutants.filter((m) => m.kind === "threshold");

    expect(thresholds.map((m) => m.description)).toEqual([
      "line 1: threshold 10 to 9 in 'let threshold'",
      "line 1: threshold 10 to 11 in 'let threshold'",
    ]);
    expect(mutants.filter((m) => m.kind === "comparison")).toHaveLength(3);
  });
});
