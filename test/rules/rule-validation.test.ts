import { describe, expect, it } from "vitest";
import { lineOf, parseErrors, parseValidRule, templateRule } from "./helpers.js";

/** Parses a broken rule and returns its one error as plain fields. */
function onlyError(text: string) {
  const errors = parseErrors(text);
  expect(errors.map((error) => error.message)).toHaveLength(1);
  const [error] = errors;
  return { message: error.message, line: error.line, column: error.column, kind: error.kind, hint: error.hint };
}

describe("rule validation", () => {
  it("reports malformed YAML at its line", () => {
    const text = "id: x\nname: [unclosed\nquery: |\n  T\n";
    const [error] = parseErrors(text);
    expect(error.kind).toBe("yaml");
    expect(error.file).toBe("rules/rule.yaml");
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^invalid YAML: /);
  });

  it("reports a missing query", () => {
    const error = onlyError(templateRule({ query: null }));
    expect(error.message).toBe("missing required field 'query'");
    expect(error.hint).toBe("add query: with the KQL text of the rule");
    expect(error.line).toBe(1);
    expect(error.kind).toBe("schema");
  });

  it("reports an empty query key at its line", () => {
    const text = templateRule({ query: "query:" });
    const error = onlyError(text);
    expect(error.message).toBe("missing required field 'query'");
    expect(error.line).toBe(lineOf(text, "query:"));
  });

  it.each(["30s", "1H"])("rejects the duration %s", (value) => {
    const text = templateRule({ queryPeriod: `queryPeriod: ${value}` });
    const error = onlyError(text);
    expect(error.message).toBe(
      `queryPeriod '${value}' is not a duration: write a whole number followed by m, h or d, such as 1h; ISO 8601 such as PT1H is read too, but Azure-Sentinel's template validation rejects it`,
    );
    expect(error.line).toBe(lineOf(text, "queryPeriod:"));
    expect(error.column).toBe(14);
  });

  it("rejects a frequency under 5 minutes", () => {
    const text = templateRule({ queryFrequency: "queryFrequency: 4m", queryPeriod: "queryPeriod: 4m" });
    const errors = parseErrors(text).map((error) => error.message);
    expect(errors).toEqual([
      "queryFrequency '4m' is shorter than 5 minutes: Sentinel allows 5m to 14d",
      "queryPeriod '4m' is shorter than 5 minutes: Sentinel allows 5m to 14d",
    ]);
  });

  it("rejects a period over 14 days", () => {
    const text = templateRule({ queryPeriod: "queryPeriod: P15D" });
    expect(onlyError(text).message).toBe(
      "queryPeriod 'P15D' is longer than 14 days: Sentinel allows 5m to 14d",
    );
  });

  it("rejects a period shorter than the frequency", () => {
    const text = templateRule({ queryFrequency: "queryFrequency: 1d", queryPeriod: "queryPeriod: 1h" });
    const error = onlyError(text);
    expect(error.message).toBe(
      "queryPeriod '1h' is shorter than queryFrequency '1d': each run must look back at least as far as the time since the last run",
    );
    expect(error.line).toBe(lineOf(text, "queryPeriod:"));
  });

  it("compares durations across forms", () => {
    const rule = parseValidRule(
      templateRule({ queryFrequency: "queryFrequency: PT1H", queryPeriod: "queryPeriod: 60m" }),
    );
    expect(rule.queryPeriod).toBe(rule.queryFrequency);
  });

  it("requires hourly runs for a 2-day period", () => {
    const text = templateRule({ queryFrequency: "queryFrequency: 30m", queryPeriod: "queryPeriod: 2d" });
    const error = onlyError(text);
    expect(error.message).toBe(
      "queryFrequency '30m' is shorter than 1 hour, but queryPeriod '2d' is 2 days or more: Sentinel then requires a queryFrequency of 1h or more",
    );
    expect(error.line).toBe(lineOf(text, "queryFrequency:"));
  });

  it("accepts hourly runs over 14 days", () => {
    const rule = parseValidRule(
      templateRule({ queryFrequency: "queryFrequency: 1h", queryPeriod: "queryPeriod: 14d" }),
    );
    expect(rule.queryPeriod).toBe(14 * 864_000_000_000);
  });

  it("rejects an unknown trigger operator", () => {
    const text = templateRule({ triggerOperator: "triggerOperator: gte" });
    const error = onlyError(text);
    expect(error.message).toBe(
      "triggerOperator 'gte' is not valid: use gt, lt, eq or ne, or GreaterThan, LessThan, Equal or NotEqual (case-sensitive)",
    );
    expect(error.line).toBe(lineOf(text, "triggerOperator:"));
  });

  it("rejects a trigger operator in another case", () => {
    const error = onlyError(templateRule({ triggerOperator: "triggerOperator: GT" }));
    expect(error.message).toMatch(/^triggerOperator 'GT' is not valid/);
  });

  it("rejects a threshold of 10001", () => {
    const text = templateRule({ triggerThreshold: "triggerThreshold: 10001" });
    const error = onlyError(text);
    expect(error.message).toBe(
      "triggerThreshold 10001 is out of range: use a whole number from 0 to 10000",
    );
    expect(error.line).toBe(lineOf(text, "triggerThreshold:"));
  });

  it("rejects a threshold that is not a number", () => {
    const error = onlyError(templateRule({ triggerThreshold: "triggerThreshold: '5'" }));
    expect(error.message).toBe("triggerThreshold must be a whole number, not string '5'");
  });

  it("rejects an unknown entity identifier", () => {
    const text = templateRule({
      entityMappings:
        "entityMappings:\n  - entityType: Account\n    fieldMappings:\n      - identifier: FullName\n        columnName: User\n      - identifier: Upn\n        columnName: User",
    });
    const error = onlyError(text);
    expect(error.message).toBe(
      "identifier 'Upn' is not valid for entity type Account: use one of Name, FullName, NTDomain, DnsDomain, UPNSuffix, Sid, AadTenantId, AadUserId, PUID, IsDomainJoined, DisplayName, ObjectGuid",
    );
    expect(error.line).toBe(lineOf(text, "identifier: Upn"));
  });

  it("requires an identifying identifier", () => {
    const text = templateRule({
      entityMappings:
        "entityMappings:\n  - entityType: Account\n    fieldMappings:\n      - identifier: UPNSuffix\n        columnName: Suffix",
    });
    const error = onlyError(text);
    expect(error.message).toBe(
      "the Account entity mapping lacks the identifiers Sentinel requires: map FullName, Sid, Name, AadUserId, PUID or ObjectGuid",
    );
    expect(error.line).toBe(lineOf(text, "- entityType: Account"));
  });

  it("requires both FileHash identifiers", () => {
    const text = templateRule({
      entityMappings:
        "entityMappings:\n  - entityType: FileHash\n    fieldMappings:\n      - identifier: Value\n        columnName: Hash",
    });
    expect(onlyError(text).message).toBe(
      "the FileHash entity mapping lacks the identifiers Sentinel requires: map Algorithm and Value",
    );
  });

  it("rejects an unknown entity type", () => {
    const text = templateRule({
      entityMappings:
        "entityMappings:\n  - entityType: Person\n    fieldMappings:\n      - identifier: Name\n        columnName: User",
    });
    expect(onlyError(text).message).toMatch(/^entityType 'Person' is not valid: use one of Account, Host, IP,/);
  });

  it("reads the entity type ignoring case", () => {
    const rule = parseValidRule(
      templateRule({
        entityMappings:
          "entityMappings:\n  - entityType: account\n    fieldMappings:\n      - identifier: FullName\n        columnName: User",
      }),
    );
    expect(rule.entityMappings[0].entityType).toBe("Account");
  });

  it("rejects four field mappings", () => {
    const fields = ["FullName", "Name", "UPNSuffix", "Sid"]
      .map((id) => `      - identifier: ${id}\n        columnName: C${id}`)
      .join("\n");
    const text = templateRule({
      entityMappings: `entityMappings:\n  - entityType: Account\n    fieldMappings:\n${fields}`,
    });
    expect(onlyError(text).message).toBe(
      "an entity mapping has 4 field mappings: Sentinel allows 1 to 3",
    );
  });

  it("rejects eleven entity mappings", () => {
    const mapping = "  - entityType: IP\n    fieldMappings:\n      - identifier: Address\n        columnName: Ip";
    const text = templateRule({
      entityMappings: `entityMappings:\n${Array(11).fill(mapping).join("\n")}`,
    });
    expect(onlyError(text).message).toBe(
      "entityMappings has 11 entity mappings: Sentinel allows at most 10",
    );
  });

  it("rejects an identifier mapped twice", () => {
    const text = templateRule({
      entityMappings:
        "entityMappings:\n  - entityType: IP\n    fieldMappings:\n      - identifier: Address\n        columnName: A\n      - identifier: Address\n        columnName: B",
    });
    const error = onlyError(text);
    expect(error.message).toBe("identifier 'Address' is mapped twice in the IP entity mapping");
    expect(error.line).toBe(lineOf(text, "columnName: B") - 1);
  });

  it("rejects a severity", () => {
    expect(onlyError(templateRule({ severity: "severity: Critical" })).message).toBe(
      "severity 'Critical' is not valid: use Informational, Low, Medium or High",
    );
  });

  it("rejects an aggregation kind", () => {
    const text = templateRule({
      kind: "kind: Scheduled\neventGroupingSettings:\n  aggregationKind: PerRow",
    });
    const error = onlyError(text);
    expect(error.message).toBe(
      "aggregationKind 'PerRow' is not valid: use SingleAlert or AlertPerResult",
    );
    expect(error.line).toBe(lineOf(text, "aggregationKind"));
  });

  it("checks custom detail keys and columns", () => {
    const text = templateRule({
      kind: "kind: Scheduled\ncustomDetails:\n  9Lives: Cat\n  Channel: Chat.Channel",
    });
    const errors = parseErrors(text);
    expect(errors.map((error) => [error.message, error.line])).toEqual([
      [
        "custom detail key '9Lives' is not valid: use up to 20 letters, digits and underscores, starting with a letter",
        lineOf(text, "9Lives"),
      ],
      [
        "customDetails.Channel 'Chat.Channel' is not a column name: use letters, digits and underscores, starting with a letter or underscore",
        lineOf(text, "Channel: Chat"),
      ],
    ]);
  });

  it("rejects 21 custom details", () => {
    const details = Array.from({ length: 21 }, (_, index) => `  Key${index}: Column${index}`);
    const text = templateRule({ kind: `kind: Scheduled\ncustomDetails:\n${details.join("\n")}` });
    expect(onlyError(text).message).toBe("customDetails has 21 keys: Sentinel allows at most 20");
  });

  it("rejects four placeholders", () => {
    const text = templateRule({
      kind: "kind: Scheduled\nalertDetailsOverride:\n  alertDisplayNameFormat: '{{A}} {{B}} {{C}} {{D}}'",
    });
    const error = onlyError(text);
    expect(error.message).toBe(
      "alertDisplayNameFormat has 4 {{column}} placeholders: Sentinel allows at most 3",
    );
    expect(error.line).toBe(lineOf(text, "alertDisplayNameFormat"));
  });

  it("rejects schedule fields in an NRT rule", () => {
    const text = templateRule({ kind: "kind: NRT", triggerOperator: null, triggerThreshold: null, queryPeriod: null });
    const error = onlyError(text);
    expect(error.message).toBe("queryFrequency is not allowed in an NRT rule");
    expect(error.line).toBe(lineOf(text, "queryFrequency"));
  });

  it("reads an NRT rule as gt 0", () => {
    const rule = parseValidRule(
      templateRule({
        kind: "kind: NRT",
        queryFrequency: null,
        queryPeriod: null,
        triggerOperator: null,
        triggerThreshold: null,
      }),
    );
    expect(rule.kind).toBe("NRT");
    expect(rule.queryPeriod).toBeNull();
    expect(rule.triggerOperator).toBe("gt");
    expect(rule.triggerThreshold).toBe(0);
  });

  it("requires the schedule of a Scheduled rule", () => {
    const errors = parseErrors(templateRule({ triggerOperator: null }));
    expect(errors.map((error) => error.message)).toEqual([
      "missing required field 'triggerOperator'",
    ]);
  });

  it("marks a Fusion rule unsupported", () => {
    const errors = parseErrors(templateRule({ kind: "kind: Fusion" }));
    expect(errors[0].message).toBe(
      "kind 'Fusion' is not supported: only Scheduled and NRT rules run a KQL query",
    );
    expect(errors[0].kind).toBe("unsupported");
  });

  it("reads a rule without kind as Scheduled", () => {
    const text = templateRule({ kind: null });
    const rule = parseValidRule(text);
    expect(rule.kind).toBe("Scheduled");
    expect(rule.warnings.map((warning) => warning.message)).toEqual([
      "the rule has no kind: read as a Scheduled rule",
    ]);
    expect(rule.warnings[0].kind).toBe("warning");
    expect(rule.warnings[0].line).toBe(1);
  });

  it("warns about an unknown key", () => {
    const text = templateRule({
      kind: "kind: Scheduled\nalertDetailsOverride:\n  alertnameFormat: '{{User}}'",
    });
    const rule = parseValidRule(text);
    expect(rule.warnings.map((warning) => [warning.message, warning.hint, warning.line])).toEqual([
      [
        "unknown key 'alertnameFormat' is ignored",
        "did you mean alertDisplayNameFormat? Sentinel ignores keys it does not know",
        lineOf(text, "alertnameFormat"),
      ],
    ]);
  });

  it("warns about an id that is not a GUID", () => {
    const rule = parseValidRule(templateRule({ id: "id: dns-001" }));
    expect(rule.warnings.map((warning) => warning.message)).toEqual(["id 'dns-001' is not a GUID"]);
  });

  it("warns about an unmapped legacy entity column", () => {
    const text = templateRule({
      query: "query: |\n  ZoomLogs\n  | extend AccountCustomEntity = User",
      entityMappings: null,
    });
    const rule = parseValidRule(text);
    expect(rule.warnings.map((warning) => [warning.message, warning.line])).toEqual([
      ["the query sets AccountCustomEntity, which no entity mapping maps", lineOf(text, "query:")],
    ]);
  });

  it("warns about sentinelEntitiesMappings", () => {
    const text = templateRule({
      kind: "kind: Scheduled\nsentinelEntitiesMappings:\n  - columnName: Entities",
    });
    const rule = parseValidRule(text);
    expect(rule.warnings.map((warning) => [warning.message, warning.line])).toEqual([
      [
        "sentinelEntitiesMappings is not simulated: alerts leave out the entities in column Entities",
        lineOf(text, "sentinelEntitiesMappings"),
      ],
    ]);
  });

  it("reports every error of a rule", () => {
    const text = templateRule({
      queryPeriod: "queryPeriod: 30s",
      triggerOperator: "triggerOperator: gte",
      triggerThreshold: "triggerThreshold: 10001",
    });
    expect(parseErrors(text).map((error) => error.line)).toEqual([
      lineOf(text, "queryPeriod"),
      lineOf(text, "triggerOperator"),
      lineOf(text, "triggerThreshold"),
    ]);
  });

  it("rejects a key given twice in two cases", () => {
    const text = templateRule({ kind: "kind: Scheduled\nQuery: T" });
    const error = onlyError(text);
    expect(error.message).toBe("'Query' repeats the field query");
  });
});
