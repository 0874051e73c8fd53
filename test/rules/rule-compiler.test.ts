import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { compileRule, tryCompileRule } from "../../src/rules/rule-compiler.js";
import { loadRules, parseRules } from "../../src/rules/rule-loader.js";
import { loadSchemas } from "../../src/rules/schemas.js";
import { lineOf, parseValidRule, templateRule } from "./helpers.js";

const schemas = loadSchemas("schemas");

function compileErrors(text: string, file = "rules/rule.yaml") {
  const { rules, errors } = parseRules(file, text);
  expect(errors).toEqual([]);
  return tryCompileRule(rules[0], schemas).errors.map((error) => ({
    message: error.message,
    file: error.file,
    line: error.line,
    column: error.column,
    sourceLine: error.sourceLine,
    kind: error.kind,
  }));
}

describe("compileRule", () => {
  it("compiles the Zoom rules", () => {
    const { rules } = loadRules("rules/zoom");
    for (const rule of rules) {
      expect(tryCompileRule(rule, schemas).errors).toEqual([]);
    }
    const seed = rules.find((rule) => rule.file.endsWith("zoom/SupiciousLinkSharing.yaml"))!;
    const compiled = compileRule(seed, schemas);
    expect(compiled.query.resultColumns.map((column) => column.name)).toEqual([
      "Message",
      "User",
      "UserId",
      "Channels",
      "StartTime",
      "EndTime",
      "ChannelCount",
      "AccountName",
      "AccountUPNSuffix",
    ]);
  });

  it("places a syntax error on the query's third line", () => {
    const text = templateRule({
      query: "query: |\n  ZoomLogs\n  | where Event =~ 'x'\n  | extend = User\n  | project User",
    });
    expect(compileErrors(text)).toEqual([
      {
        message: "missing expression",
        file: "rules/rule.yaml",
        line: lineOf(text, "| extend = User"),
        column: 11,
        sourceLine: "  | extend = User",
        kind: "syntax",
      },
    ]);
  });

  it("counts a leading blank query line", () => {
    const text = templateRule({
      query: "query: |\n\n    ZoomLogs\n    | where Nope == 1\n    | project User",
    });
    const [error] = compileErrors(text);
    expect(error.line).toBe(lineOf(text, "Nope"));
    expect(error.column).toBe(13);
    expect(error.kind).toBe("semantic");
  });

  it("follows an explicit indentation indicator", () => {
    const text = templateRule({
      query: "query: |2-\n   ZoomLogs\n    | where Nope == 1\n    | project User",
    });
    const [error] = compileErrors(text);
    expect(error.line).toBe(lineOf(text, "Nope"));
    expect(error.column).toBe(13);
  });

  it("places an error in a JSON string", () => {
    const text = [
      "{",
      '  "name": "00000000-0000-4000-8000-000000000001",',
      '  "kind": "Scheduled",',
      '  "properties": {',
      '    "displayName": "x",',
      '    "description": "x",',
      '    "severity": "Low",',
      '    "query": "ZoomLogs\\n| where Event =~ \\"x\\"\\n| extend = User",',
      '    "queryFrequency": "PT1H",',
      '    "queryPeriod": "PT1H",',
      '    "triggerOperator": "GreaterThan",',
      '    "triggerThreshold": 0',
      "  }",
      "}",
    ].join("\n");
    const [error] = compileErrors(text, "rule.json");
    expect(error.line).toBe(8);
    expect(error.column).toBe(text.split("\n")[7].indexOf(" = User") + 1);
  });

  it("keeps the key line of a folded query", () => {
    const text = templateRule({ query: "query: >\n  ZoomLogs\n  | extend = User" });
    const [error] = compileErrors(text);
    expect(error.line).toBe(lineOf(text, "query: >"));
    expect(error.column).toBe(1);
  });

  it("rejects an entity column missing from the result", () => {
    const text = templateRule({
      entityMappings:
        "entityMappings:\n  - entityType: Account\n    fieldMappings:\n      - identifier: FullName\n        columnName: Usr",
    });
    expect(compileErrors(text)).toEqual([
      {
        message: "entity Account, identifier FullName, uses column 'Usr', which is not in the query's result",
        file: "rules/rule.yaml",
        line: lineOf(text, "columnName: Usr"),
        column: 21,
        sourceLine: "        columnName: Usr",
        kind: "schema",
      },
    ]);
  });

  it("lists the result columns in the hint", () => {
    const rule = parseValidRule(
      templateRule({ kind: "kind: Scheduled\ncustomDetails:\n  Channel: Channel" }),
    );
    const { errors } = tryCompileRule(rule, schemas);
    expect(errors.map((error) => error.message)).toEqual([
      "custom detail Channel uses column 'Channel', which is not in the query's result",
    ]);
    expect(errors[0].hint).toBe(
      "the result has User; correct the column name or add the column to the query's output",
    );
  });

  it("checks alert details columns", () => {
    const text = templateRule({
      kind: [
        "kind: Scheduled",
        "alertDetailsOverride:",
        "  alertDisplayNameFormat: 'Links from {{User}} in {{ Channel }}'",
        "  alertSeverityColumnName: Level",
        "  alertDynamicProperties:",
        "    - alertProperty: ProductName",
        "      value: Product",
      ].join("\n"),
    });
    expect(compileErrors(text).map((error) => [error.message, error.line])).toEqual([
      [
        "alertDisplayNameFormat uses column 'Channel', which is not in the query's result",
        lineOf(text, "alertDisplayNameFormat"),
      ],
      [
        "alertSeverityColumnName uses column 'Level', which is not in the query's result",
        lineOf(text, "alertSeverityColumnName"),
      ],
      [
        "alert property ProductName uses column 'Product', which is not in the query's result",
        lineOf(text, "value: Product"),
      ],
    ]);
  });

  it("raises the first problem", () => {
    const rule = parseValidRule(templateRule({ query: "query: |\n  ZoomLogs | extend = 1" }));
    expect(() => compileRule(rule, schemas)).toThrow(InputError);
  });

  it("rethrows a bug as it is", () => {
    const rule = parseValidRule(templateRule());
    const broken = () => {
      throw new TypeError("boom");
    };
    expect(() => tryCompileRule(rule, schemas, broken)).toThrow(TypeError);
  });
});
