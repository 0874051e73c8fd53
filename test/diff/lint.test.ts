import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintQuery, lintRule } from "../../src/diff/lint.js";
import { parseRules } from "../../src/rules/rule-loader.js";
import { TICKS_PER_DAY } from "../../src/kql/types.js";

// Deprecated aliases and their replacements, as the function pages list them:
// https://learn.microsoft.com/azure/data-explorer/kusto/query/make-set-aggregation-function
// https://learn.microsoft.com/azure/data-explorer/kusto/query/make-list-aggregation-function
// https://learn.microsoft.com/azure/data-explorer/kusto/query/array-length-function
// https://learn.microsoft.com/azure/data-explorer/kusto/query/column-ifexists-function
// ago(): https://learn.microsoft.com/azure/data-explorer/kusto/query/ago-function

const ONE_DAY = { queryPeriod: TICKS_PER_DAY };

function ruleFromText(file: string, text: string) {
  const loaded = parseRules(file, text);
  expect(loaded.errors).toEqual([]);
  return loaded.rules[0];
}

describe("lintQuery", () => {
  it.each([
    ["T | summarize s = makeset(x)", "'makeset' is deprecated; use 'make_set'", 19],
    ["T | summarize l = makelist(x)", "'makelist' is deprecated; use 'make_list'", 19],
    ["print n = arraylength(dynamic([1]))", "'arraylength' is deprecated; use 'array_length'", 11],
  ])("flags %s", (query, message, column) => {
    const findings = lintQuery(query, ONE_DAY);

    expect(findings.map((finding) => [finding.kind, finding.message, finding.line, finding.column])).toEqual([
      ["deprecated-function", message, 1, column],
    ]);
  });

  it("accepts the current names", () => {
    expect(lintQuery("T | summarize s = make_set(x) | extend n = array_length(s)", ONE_DAY)).toEqual([]);
  });

  it("warns about makeset's smaller default size", () => {
    const [finding] = lintQuery("T | summarize s = makeset(x)", ONE_DAY);

    expect(finding.hint).toBe(
      "replace makeset with make_set; makeset keeps at most 128 values by default and make_set 1048576, so write make_set(..., 128) to keep the current results",
    );
  });

  it("flags a look-back past queryPeriod", () => {
    const query = "let lookback = 14d;\nT\n| where TimeGenerated > ago(lookback) or TimeGenerated > now() - 2d";

    const findings = lintQuery(query, ONE_DAY);

    expect(findings.map((finding) => [finding.message, finding.line, finding.column])).toEqual([
      ["ago(lookback) looks back 14.00:00:00, longer than the rule's queryPeriod of 1.00:00:00", 3, 25],
      ["now() - 2d looks back 2.00:00:00, longer than the rule's queryPeriod of 1.00:00:00", 3, 58],
    ]);
    expect(findings[0].kind).toBe("lookback-exceeds-query-period");
  });

  it("accepts a look-back within queryPeriod", () => {
    expect(lintQuery("T | where TimeGenerated > ago(1d) and TimeGenerated > ago(1h)", ONE_DAY)).toEqual([]);
  });

  it("skips the look-back check without a queryPeriod", () => {
    expect(lintQuery("T | where TimeGenerated > ago(30d)", { queryPeriod: null })).toEqual([]);
  });

  it("skips look-backs that are not constant", () => {
    expect(lintQuery("T | where TimeGenerated > ago(2 * 7d)", ONE_DAY)).toEqual([]);
  });
});

describe("lintRule", () => {
  it("places findings in the seed rule's file", () => {
    const file = "rules/zoom/SupiciousLinkSharing.yaml";
    const rule = ruleFromText(file, readFileSync(join(import.meta.dirname, "../..", file), "utf8"));

    const warnings = lintRule(rule);

    expect(warnings.map((warning) => [warning.kind, warning.message, warning.file, warning.line, warning.column])).toEqual([
      ["deprecated-function", "'makeset' is deprecated; use 'make_set'", file, 23, 26],
      ["deprecated-function", "'arraylength' is deprecated; use 'array_length'", file, 24, 27],
    ]);
    expect(warnings[1].sourceLine).toBe("  | extend ChannelCount = arraylength(Channels)");
  });

  it("places findings in an API export rule", () => {
    const text = [
      "Id: 11111111-2222-3333-4444-555555555555",
      "DisplayName: Old lookback",
      "Description: d",
      "Severity: Low",
      "Kind: Scheduled",
      "QueryFrequency: PT1H",
      "QueryPeriod: PT1H",
      "TriggerOperator: GreaterThan",
      "TriggerThreshold: 0",
      "Query: \"ZoomLogs | where TimeGenerated > ago(2h)\"",
    ].join("\n");

    const [warning] = lintRule(ruleFromText("rules/export.yaml", text));

    expect(warning.message).toBe("ago(2h) looks back 02:00:00, longer than the rule's queryPeriod of 01:00:00");
    expect([warning.line, warning.column]).toEqual([10, 42]);
  });
});

describe("lintRule on the corpus", () => {
  it("finds the deprecated names the corpus uses", () => {
    const folder = join(import.meta.dirname, "../fixtures/corpus/sentinel/Azure-Sentinel/Detections/ZoomLogs");
    const names = readdirSync(folder).sort();
    const kinds = names.flatMap((name) => {
      const rule = ruleFromText(name, readFileSync(join(folder, name), "utf8"));
      return lintRule(rule).map((warning) => `${name}: ${warning.message}`);
    });

    expect(kinds).toEqual([
      "E2EEDisbaled.yaml: 'columnifexists' is deprecated; use 'column_ifexists'",
      "E2EEDisbaled.yaml: 'columnifexists' is deprecated; use 'column_ifexists'",
      "ExternalUserAccess.yaml: 'columnifexists' is deprecated; use 'column_ifexists'",
      "ExternalUserAccess.yaml: 'columnifexists' is deprecated; use 'column_ifexists'",
      "ExternalUserAccess.yaml: 'columnifexists' is deprecated; use 'column_ifexists'",
      "SupiciousLinkSharing.yaml: 'makeset' is deprecated; use 'make_set'",
      "SupiciousLinkSharing.yaml: 'arraylength' is deprecated; use 'array_length'",
    ]);
  });
});
