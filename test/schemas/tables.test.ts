// Columns follow the Azure Monitor table reference,
// https://learn.microsoft.com/azure/azure-monitor/reference/tables/azureactivity and
// https://learn.microsoft.com/azure/azure-monitor/reference/tables/identityinfo.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageReport } from "../../src/coverage/index.js";
import { loadSchemas, repositorySchemaFolders } from "../../src/rules/schemas.js";

const ROOT = resolve(import.meta.dirname, "../..");
const RULES = "test/fixtures/corpus/sentinel/noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules";
const { tables } = loadSchemas(join(ROOT, "schemas"));

function typeOf(table: string, column: string): string | undefined {
  return tables[table].find((entry) => entry.name === column)?.type;
}

function coverageOf(file: string) {
  const schemasDirs = repositorySchemaFolders(join(ROOT, "schemas"));
  const [coverage] = coverageReport([`${RULES}/${file}`], { root: ROOT, schemasDirs }).files;
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
    expect(coverageOf("Usage/NewDcrCreated.yaml")).toEqual({ evaluated: true, error: null });
  });

  it("evidence rule evaluates", () => {
    expect(coverageOf("Usage/NewDataConnectorDeployed.yaml")).toEqual({ evaluated: true, error: null });
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
    const file = "MicrosoftGraphActivityLogs/InvokeDumpappsPowershellModuleUsageDetection.yaml";
    expect(coverageOf(file)).toEqual({ evaluated: true, error: null });
  });

  it("AccountUpn rule fails", () => {
    const file = "CopilotActivity/HighImpactUserCopilotActivityFromNewRegionDetectionRule.yaml";
    expect(coverageOf(file)).toEqual({ evaluated: false, error: "unknown column 'AccountUpn'" });
  });
});
