import { describe, expect, it } from "vitest";
import { formatIsoDuration, isIsoDuration, parseDuration } from "../../src/rules/duration.js";
import { parseRules } from "../../src/rules/rule-loader.js";
import { lineOf, parseErrors, parseValidRule, templateRule } from "./helpers.js";

/** A rule in the export dialect (capitalised keys), with its durations replaced. */
function exportRule(frequency: string, period: string): string {
  return [
    "Id: 1218175f-c534-421c-8070-5dcaabf28067",
    "DisplayName: Suspicious link sharing pattern",
    "Description: Links shared in many channels.",
    "Severity: Low",
    `QueryFrequency: ${frequency}`,
    `QueryPeriod: ${period}`,
    "TriggerOperator: GreaterThan",
    "TriggerThreshold: 0",
    "Query: ZoomLogs | project User",
    "Kind: Scheduled",
    "",
  ].join("\n");
}

function warningsOf(text: string): [string, number | undefined][] {
  const { rules, errors } = parseRules("rules/rule.yaml", text);
  expect(errors).toEqual([]);
  return rules[0].warnings.map((warning) => [warning.message, warning.line]);
}

describe("formatIsoDuration", () => {
  const cases: [string, string][] = [
    ["5m", "PT5M"],
    ["1h", "PT1H"],
    ["1d", "P1D"],
    ["P2DT1H30M", "P2DT1H30M"],
  ];
  it.each(cases)("%s is %s", (text, iso) => {
    expect(formatIsoDuration(parseDuration(text) ?? -1)).toBe(iso);
  });

  it("tells the ISO form apart", () => {
    expect(isIsoDuration("PT1H")).toBe(true);
    expect(isIsoDuration("1h")).toBe(false);
  });
});

describe("durations by dialect", () => {
  it("warns about ISO 8601 in a template", () => {
    const text = templateRule({ queryPeriod: "queryPeriod: PT1H", queryFrequency: "queryFrequency: 1h" });
    const rule = parseValidRule(text);

    expect(rule.queryPeriod).toBe(parseDuration("1h"));
    expect(rule.warnings.map((warning) => [warning.message, warning.hint, warning.line, warning.kind])).toEqual([
      [
        "Azure-Sentinel's template validation rejects ISO 8601 durations in YAML templates: write 1h",
        "replace 'PT1H' with 1h in queryPeriod",
        lineOf(text, "queryPeriod:"),
        "warning",
      ],
    ]);
  });

  it("warns about 1h in the export dialect", () => {
    const text = exportRule("1h", "PT1H");
    expect(warningsOf(text)).toEqual([
      [
        "the Sentinel API rejects durations such as '1h' in exported and ARM rules: write PT1H",
        lineOf(text, "QueryFrequency:"),
      ],
    ]);
  });

  it("accepts each dialect's own form", () => {
    expect(warningsOf(exportRule("PT1H", "P1D"))).toEqual([]);
    expect(parseValidRule(templateRule({ queryPeriod: "queryPeriod: 2d" })).warnings).toEqual([]);
  });

  it.each(["30s", "1H"])("template hint for %s names 1h first", (value) => {
    const [error] = parseErrors(templateRule({ queryPeriod: `queryPeriod: ${value}` }));
    expect(error.message).toBe(
      `queryPeriod '${value}' is not a duration: write a whole number followed by m, h or d, such as 1h; ISO 8601 such as PT1H is read too, but Azure-Sentinel's template validation rejects it`,
    );
  });

  it("export hint names PT1H first", () => {
    const [error] = parseErrors(exportRule("PT1H", "1H"));
    expect(error.message).toBe(
      "queryPeriod '1H' is not a duration: write ISO 8601 such as PT1H, as the Sentinel API requires; a whole number followed by m, h or d, such as 1h, is read too",
    );
  });
});

describe("misspelt required key", () => {
  it("names the near-miss key at its line", () => {
    const text = templateRule({ queryFrequency: "queryFrequncy: 1h" });
    const errors = parseErrors(text);
    const line = lineOf(text, "queryFrequncy:");

    expect(errors.map((error) => [error.message, error.hint, error.line, error.column])).toEqual([
      [`missing queryFrequency; did you mean 'queryFrequncy' at line ${line}?`, "rename 'queryFrequncy' to queryFrequency", line, 16],
    ]);
  });

  it("keeps the plain message without one", () => {
    const [error] = parseErrors(templateRule({ queryFrequency: "schedule: 1h" }));
    expect(error.message).toBe("missing required field 'queryFrequency'");
    expect(error.line).toBe(1);
  });
});
