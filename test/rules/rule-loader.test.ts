import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleFile, loadRules, parseRules } from "../../src/rules/rule-loader.js";
import { lineOf, templateRule, writeFolder } from "./helpers.js";

const HOUR = 36_000_000_000;
const DAY = 24 * HOUR;
const CORPUS = "test/fixtures/corpus/sentinel";

describe("loadRules", () => {
  it("loads the Zoom rules", () => {
    const { rules, errors } = loadRules("rules/zoom");
    const published = rules.filter((rule) => !rule.file.includes("corrected"));
    expect(errors).toEqual([]);
    expect(published.map((rule) => rule.name)).toEqual([
      "Zoom E2E Encryption Disabled",
      "External User Access Enabled",
      "User joining Zoom meeting from suspicious timezone",
      "Suspicious link sharing pattern",
    ]);
  });

  it("reads the seed rule", () => {
    const { rules } = loadRuleFile("rules/zoom/SupiciousLinkSharing.yaml");
    const [rule] = rules;
    expect(rule.id).toBe("1218175f-c534-421c-8070-5dcaabf28067");
    expect(rule.kind).toBe("Scheduled");
    expect(rule.dialect).toBe("template");
    expect(rule.severity).toBe("Low");
    expect(rule.queryFrequency).toBe(DAY);
    expect(rule.queryPeriod).toBe(DAY);
    expect(rule.triggerOperator).toBe("gt");
    expect(rule.triggerThreshold).toBe(0);
    expect(rule.tactics).toEqual(["Reconnaissance"]);
    expect(rule.relevantTechniques).toEqual(["T1598"]);
    expect(rule.aggregationKind).toBe("SingleAlert");
    expect(rule.version).toBe("1.0.4");
    expect(rule.query.split("\n")[0]).toBe("let threshold = 3;");
    expect(rule.entityMappings).toEqual([
      {
        entityType: "Account",
        fieldMappings: [
          { identifier: "FullName", columnName: "User" },
          { identifier: "Name", columnName: "AccountName" },
          { identifier: "UPNSuffix", columnName: "AccountUPNSuffix" },
        ],
      },
    ]);
    expect(rule.warnings).toEqual([]);
  });

  it("warns about the Zoom rule without kind", () => {
    const { rules } = loadRuleFile("rules/zoom/JoiningMeetingFromAnotherTimeZone.yaml");
    expect(rules[0].kind).toBe("Scheduled");
    expect(rules[0].queryPeriod).toBe(14 * DAY);
    expect(rules[0].warnings.map((warning) => warning.message)).toEqual([
      "the rule has no kind: read as a Scheduled rule",
    ]);
  });

  it("keeps loading after a bad file", () => {
    const dir = writeFolder({
      "a.yaml": templateRule({ id: "id: 00000000-0000-4000-8000-000000000001" }),
      "b.yaml": "name: [broken\n",
      "nested/c.yml": templateRule({ id: "id: 00000000-0000-4000-8000-000000000003" }),
      "notes.txt": "not a rule",
    });
    const { rules, errors, failures } = loadRules(dir);
    expect(rules.map((rule) => rule.file)).toEqual([join(dir, "a.yaml"), join(dir, "nested/c.yml")]);
    expect(errors.map((error) => [error.file, error.kind])).toEqual([[join(dir, "b.yaml"), "yaml"]]);
    expect(failures.map((failure) => failure.file)).toEqual([join(dir, "b.yaml")]);
  });

  it("rejects a duplicate id at the second file", () => {
    const first = templateRule();
    const second = `# a copy\n${templateRule({ name: "name: Copy" })}`;
    const dir = writeFolder({ "a.yaml": first, "b.yaml": second });
    const { rules, errors, failures } = loadRules(dir);
    expect(rules.map((rule) => rule.name)).toEqual(["Suspicious link sharing pattern"]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      `duplicate rule id '1218175f-c534-421c-8070-5dcaabf28067': ${join(dir, "a.yaml")}:1 already uses it`,
    );
    expect(errors[0].file).toBe(join(dir, "b.yaml"));
    expect(errors[0].line).toBe(lineOf(second, "id:"));
    expect(failures[0].name).toBe("Copy");
  });

  it("keeps the id and name of an invalid rule", () => {
    const { failures } = parseRules("r.yaml", templateRule({ triggerThreshold: "triggerThreshold: -1" }));
    expect(failures.map((failure) => [failure.id, failure.name])).toEqual([
      ["1218175f-c534-421c-8070-5dcaabf28067", "Suspicious link sharing pattern"],
    ]);
  });

  it("loads a single file", () => {
    const dir = writeFolder({ "a.yaml": templateRule(), "b.yaml": "name: [broken\n" });
    const { rules, errors } = loadRules(join(dir, "a.yaml"));
    expect(rules.map((rule) => rule.file)).toEqual([join(dir, "a.yaml")]);
    expect(errors).toEqual([]);
  });

  it("reports a missing folder", () => {
    const { rules, errors } = loadRules("/nonexistent/rules");
    expect(rules).toEqual([]);
    expect(errors[0].kind).toBe("io");
    expect(errors[0].message).toMatch(/^cannot read the rules folder '\/nonexistent\/rules': /);
  });
});

describe("rule dialects", () => {
  it("reads the export dialect", () => {
    const file = `${CORPUS}/microsoft-sentinel-as-code/Sentinel/mitre-use-cases/App Services/AnalyticRules/AppServicesAVScanFailure.analytics.rule.yaml`;
    const { rules, errors } = loadRuleFile(file);
    expect(errors).toEqual([]);
    const [rule] = rules;
    expect(rule.dialect).toBe("export");
    expect(rule.id).toBe("89baa1a3-ba39-4471-8b83-0e311116ba10");
    expect(rule.name).toBe("AppServices AV Scan Failure");
    expect(rule.severity).toBe("Informational");
    expect(rule.queryFrequency).toBe(5 * HOUR);
    expect(rule.triggerOperator).toBe("gt");
    expect(rule.entityMappings).toEqual([]);
    expect(rule.query).toContain("AppServiceAntivirusScanAuditLogs");
  });

  it("reads a template with AlertPerResult", () => {
    const { rules } = parseRules(
      "r.yaml",
      templateRule({ kind: "kind: Scheduled\neventGroupingSettings:\n  aggregationKind: alertperresult" }),
    );
    expect(rules[0].aggregationKind).toBe("AlertPerResult");
  });

  it("loads a corpus sample of both dialects", () => {
    const { rules, failures } = loadRules(`${CORPUS}/microsoft-sentinel-as-code/Sentinel/mitre-use-cases/App Services`);
    const zoom = loadRules(`${CORPUS}/Azure-Sentinel/Detections/ZoomLogs`);
    expect(failures).toEqual([]);
    expect(rules.map((rule) => rule.dialect)).toEqual(["export", "export"]);
    expect(zoom.failures).toEqual([]);
    expect(zoom.rules.map((rule) => rule.dialect)).toEqual(["template", "template", "template", "template"]);
  });

  it("reads an ARM template", () => {
    const arm = {
      $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      contentVersion: "1.0.0.0",
      resources: [
        { type: "Microsoft.OperationalInsights/workspaces", name: "ws" },
        {
          type: "Microsoft.OperationalInsights/workspaces/providers/alertRules",
          name: "[concat(parameters('workspace'),'/Microsoft.SecurityInsights/1218175f-c534-421c-8070-5dcaabf28067')]",
          kind: "Scheduled",
          properties: {
            displayName: "Suspicious link sharing pattern",
            description: "Links shared in many channels.",
            severity: "Low",
            enabled: true,
            query: "ZoomLogs\n| project User",
            queryFrequency: "P1D",
            queryPeriod: "P1D",
            triggerOperator: "GreaterThan",
            triggerThreshold: 0,
            suppressionDuration: "PT5H",
            suppressionEnabled: false,
            tactics: ["Reconnaissance"],
            techniques: ["T1598"],
            templateVersion: "1.0.4",
            alertDetailsOverride: null,
            customDetails: null,
            entityMappings: [
              { entityType: "Account", fieldMappings: [{ identifier: "FullName", columnName: "User" }] },
            ],
            eventGroupingSettings: { aggregationKind: "AlertPerResult" },
          },
        },
      ],
    };

    const { rules, errors } = parseRules("rule.json", JSON.stringify(arm, null, 2));
    expect(errors).toEqual([]);

    const [rule] = rules;
    expect(rule.dialect).toBe("arm");
    expect(rule.id).toBe("1218175f-c534-421c-8070-5dcaabf28067");
    expect(rule.name).toBe("Suspicious link sharing pattern");
    expect(rule.triggerOperator).toBe("gt");
    expect(rule.relevantTechniques).toEqual(["T1598"]);
    expect(rule.version).toBe("1.0.4");
    expect(rule.aggregationKind).toBe("AlertPerResult");
    expect(rule.suppressionDuration).toBe(5 * HOUR);
    expect(rule.line).toBe(9);
  });

  it("places ARM errors at their JSON line", () => {
    const text = [
      "{",
      '  "name": "00000000-0000-4000-8000-000000000001",',
      '  "kind": "Scheduled",',
      '  "properties": {',
      '    "displayName": "x",',
      '    "description": "x",',
      '    "severity": "Low",',
      '    "query": "T",',
      '    "queryFrequency": "PT1H",',
      '    "queryPeriod": "PT30M",',
      '    "triggerOperator": "GreaterThan",',
      '    "triggerThreshold": 0',
      "  }",
      "}",
    ].join("\n");
    const { errors } = parseRules("rule.json", text);
    expect(errors.map((error) => [error.message, error.line, error.column])).toEqual([
      [
        "queryPeriod 'PT30M' is shorter than queryFrequency 'PT1H': each run must look back at least as far as the time since the last run",
        10,
        20,
      ],
    ]);
  });

  it("rejects an ARM template without rules", () => {
    const { errors } = parseRules("x.json", '{"resources": [{"type": "Microsoft.Web/sites"}]}');
    expect(errors.map((error) => error.message)).toEqual([
      "not a Sentinel analytic rule: the ARM template has no Microsoft.SecurityInsights/alertRules resource",
    ]);
  });

  it("rejects a file that is a list", () => {
    const { errors } = parseRules("x.yaml", "- a\n- b\n");
    expect(errors.map((error) => error.message)).toEqual([
      "not a Sentinel analytic rule: the file is not a mapping of rule fields",
    ]);
  });
});

describe("rule corpus", () => {
  const { rules, failures } = loadRules(CORPUS);

  it("loads the corpus rules", () => {
    expect(rules).toHaveLength(282);
    expect(rules.filter((rule) => rule.dialect === "export")).toHaveLength(56);
    expect(rules.filter((rule) => rule.kind === "NRT")).toHaveLength(9);
  });

  it("places every corpus error", () => {
    const errors = failures.flatMap((failure) => failure.errors);
    expect(errors).toHaveLength(19);
    for (const error of errors) {
      expect(error.file).toMatch(/^test\/fixtures\/corpus\/sentinel\//);
      expect(error.line).toBeGreaterThan(0);
    }
  });

  it("finds the corpus's duplicate ids", () => {
    const duplicates = failures.filter((failure) =>
      failure.errors[0].message.startsWith("duplicate rule id"),
    );
    expect(duplicates).toHaveLength(13);
  });
});
