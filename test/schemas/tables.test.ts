// Columns follow the Azure Monitor table reference,
// https://learn.microsoft.com/azure/azure-monitor/reference/tables/<table> (azureactivity,
// identityinfo, appserviceantivirusscanauditlogs, storagebloblogs, threatintelindicators),
// and the standard columns page,
// https://learn.microsoft.com/azure/azure-monitor/logs/log-standard-columns.
// `MG` (Event) and `EventOriginId` (SecurityEvent) are missing from their
// tables' pages; schemas/SOURCES.md gives the evidence for adding them.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageReport } from "../../src/coverage/index.js";
import { loadSchemas, repositorySchemaFolders } from "../../src/rules/schemas.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CORPUS = "test/fixtures/corpus/sentinel";
const RULES = `${CORPUS}/noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules`;
const WINDOWS = `${CORPUS}/Azure-Sentinel/Solutions/Windows Security Events/Analytic Rules`;
const { tables } = loadSchemas(join(ROOT, "schemas"));

function typeOf(table: string, column: string): string | undefined {
  return tables[table].find((entry) => entry.name === column)?.type;
}

function coverageOf(path: string) {
  const schemasDirs = repositorySchemaFolders(join(ROOT, "schemas"));
  const [coverage] = coverageReport([path], { root: ROOT, schemasDirs }).files;
  return { evaluated: coverage.evaluated, error: coverage.error };
}

describe("AzureActivity", () => {
  it("has the substatus columns", () => {
    expect(typeOf("AzureActivity", "ActivitySubstatus")).toBe("string");
    expect(typeOf("AzureActivity", "ActivitySubstatusValue")).toBe("string");
  });

  it("types the _d columns dynamic", () => {
    for (const column of ["Authorization_d", "Claims_d", "Properties_d"]) {
      expect(typeOf("AzureActivity", column)).toBe("dynamic");
    }
  });

  it("substatus rule evaluates", () => {
    expect(coverageOf(`${RULES}/Usage/NewDcrCreated.yaml`)).toEqual({ evaluated: true, error: null });
  });

  it("evidence rule evaluates", () => {
    const file = `${RULES}/Usage/NewDataConnectorDeployed.yaml`;
    expect(coverageOf(file)).toEqual({ evaluated: true, error: null });
  });
});

describe("IdentityInfo", () => {
  it("has the docs columns", () => {
    expect(typeOf("IdentityInfo", "AccountDisplayName")).toBe("string");
    expect(typeOf("IdentityInfo", "EntityRiskScore")).toBe("dynamic");
    expect(typeOf("IdentityInfo", "IsServiceAccount")).toBe("bool");
    expect(typeOf("IdentityInfo", "StreetAddress")).toBe("string");
    expect(typeOf("IdentityInfo", "AccountUpn")).toBeUndefined();
  });

  it("display name rule evaluates", () => {
    const file = `${RULES}/MicrosoftGraphActivityLogs/InvokeDumpappsPowershellModuleUsageDetection.yaml`;
    expect(coverageOf(file)).toEqual({ evaluated: true, error: null });
  });

  it("AccountUpn rule fails", () => {
    const file = `${RULES}/CopilotActivity/HighImpactUserCopilotActivityFromNewRegionDetectionRule.yaml`;
    expect(coverageOf(file)).toEqual({ evaluated: false, error: "unknown column 'AccountUpn'" });
  });
});

// Each row is a column appended after the columns of the file's source.
const ADDED_COLUMNS: readonly (readonly [string, string, string])[] = [
  ["Event", "MG", "string"],
  ["SecurityEvent", "EventOriginId", "string"],
  ["AuditLogs", "TenantId", "string"],
  ["AzureActivity", "_SubscriptionId", "string"],
  ["AppServiceAntivirusScanAuditLogs", "_SubscriptionId", "string"],
  ["StorageBlobLogs", "_SubscriptionId", "string"],
  ["ThreatIntelIndicators", "_SubscriptionId", "string"],
];

describe("added columns", () => {
  it.each(ADDED_COLUMNS)("%s has %s", (table, column, type) => {
    expect(typeOf(table, column)).toBe(type);
  });

  it.each(ADDED_COLUMNS)("%s lists %s last", (table, column) => {
    const names = tables[table].map((entry) => entry.name);
    expect(names.at(-1)).toBe(column);
    expect(names.filter((name) => name === column)).toEqual([column]);
  });

  it("leaves SecurityEvent without Message", () => {
    expect(typeOf("SecurityEvent", "Message")).toBeUndefined();
    expect(typeOf("Event", "Message")).toBe("string");
  });
});

describe("Windows rules", () => {
  it.each([
    "ADFSDBNamedPipeConnection.yaml",
    "ADFSRemoteHTTPNetworkConnection.yaml",
    "ScheduleTaskHide.yaml",
    "StartStopHealthService.yaml",
  ])("%s evaluates", (file) => {
    expect(coverageOf(`${WINDOWS}/${file}`)).toEqual({ evaluated: true, error: null });
  });
});

describe("Entra ID rules", () => {
  it("secret addition rule evaluates", () => {
    const file = `${RULES}/MicrosoftEntraID/HighPrivilegedAppSecretAdditionDetectionRule.yaml`;
    expect(coverageOf(file)).toEqual({ evaluated: true, error: null });
  });

  // Kusto.Language types `column_ifexists("LocationDetails", "")` by its
  // default, string, so `.city` does not resolve. Sentinel's analyzer rejects
  // the upstream rule for the same name.
  it("new country rule fails on city", () => {
    const file = `${RULES}/MicrosoftEntraID/AuthenticationAttemptNewCountryDetectionRule.yaml`;
    expect(coverageOf(file)).toEqual({ evaluated: false, error: "unknown column 'city'" });
  });
});
