// Columns follow the ASIM schema pages,
// https://learn.microsoft.com/azure/sentinel/normalization-schema-authentication and
// https://learn.microsoft.com/azure/sentinel/normalization-schema-dns, with
// https://learn.microsoft.com/azure/sentinel/normalization-common-fields.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultDependencies } from "../../src/cli/default-dependencies.js";
import { runQueryCommand } from "../../src/cli/query-command.js";
import { coverageReport } from "../../src/coverage/index.js";
import { compileQuery } from "../../src/kql/compile-query.js";
import {
  compileOptionsOf,
  loadRepositorySchemas,
  repositorySchemaFolders,
  shippedSchemaFolders,
} from "../../src/rules/schemas.js";

const ROOT = resolve(import.meta.dirname, "../..");
const ASIM = "test/fixtures/corpus/sentinel/Azure-Sentinel/Detections";
const shipped = loadRepositorySchemas(join(ROOT, "schemas"));
const options = compileOptionsOf(shipped);

function columnsOf(query: string): string[] {
  return compileQuery(query, options).resultColumns.map((column) => `${column.name}:${column.type}`);
}

function coverageOf(file: string) {
  const schemasDirs = repositorySchemaFolders(join(ROOT, "schemas"));
  const [coverage] = coverageReport([file], { root: ROOT, schemasDirs }).files;
  return { evaluated: coverage.evaluated, error: coverage.error };
}

describe("shipped functions", () => {
  it("are found beside the schemas", () => {
    expect(shippedSchemaFolders()).toEqual([join(ROOT, "schemas"), join(ROOT, "functions")]);
    expect(shipped.errors).toEqual([]);
    expect(Object.keys(shipped.functions).sort()).toEqual([
      "_GetWatchlist",
      "_Im_Dns",
      "imAuthentication",
      "imDns",
    ]);
  });

  it("drop the leading comments", () => {
    expect(shipped.functions.imAuthentication.startsWith("(\n    starttime: datetime")).toBe(true);
    expect(shipped.functions._GetWatchlist.startsWith("(watchlistAlias: string)")).toBe(true);
  });

  it("imAuthentication has the schema", () => {
    const columns = columnsOf("imAuthentication");
    expect(columns).toHaveLength(132);
    expect(columns.slice(0, 4)).toEqual([
      "TimeGenerated:datetime",
      "Type:string",
      "EventMessage:string",
      "EventCount:int",
    ]);
    for (const column of [
      "TargetUsername:string",
      "SrcIpAddr:string",
      "SrcPortNumber:int",
      "SrcGeoLatitude:real",
      "ThreatIsActive:bool",
      "AdditionalFields:dynamic",
      "ThreatFirstReportedTime:datetime",
    ]) {
      expect(columns).toContain(column);
    }
    expect(columns).not.toContain("SrcDvcIpAddr:string");
  });

  it("imAuthentication takes filters", () => {
    const query = compileQuery("imAuthentication(ago(1d), now(), dynamic(['a'])) | count", options);
    expect(query.evaluate({ tables: {}, now: 0 }).rows).toEqual([[0]]);
  });

  it("_Im_Dns has the schema", () => {
    const columns = columnsOf("_Im_Dns");
    expect(columns).toHaveLength(147);
    for (const column of [
      "DnsQuery:string",
      "DnsResponseCodeName:string",
      "DnsQueryType:int",
      "DnsFlagsZ:bool",
      "DnsResponseIpLongitude:real",
      "Domain:string",
    ]) {
      expect(columns).toContain(column);
    }
  });

  it("imDns returns _Im_Dns", () => {
    expect(columnsOf("imDns")).toEqual(columnsOf("_Im_Dns"));
    expect(columnsOf("imDns('2026-04-20', datetime(null), '10.0.0.1')")).toEqual(columnsOf("_Im_Dns"));
  });

  it("_GetWatchlist has standard columns", () => {
    expect(columnsOf("_GetWatchlist('any')")).toEqual([
      "_DTItemId:string",
      "LastUpdatedTimeUTC:datetime",
      "SearchKey:string",
      "WatchlistItem:dynamic",
    ]);
  });
});

describe("repository functions", () => {
  const root = mkdtempSync(join(tmpdir(), "kql-functions-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("replace the shipped ones", () => {
    mkdirSync(join(root, "schemas"));
    mkdirSync(join(root, "functions"));
    writeFileSync(join(root, "functions", "imAuthentication.kql"), "// mine\nprint User = 'a'\n");
    const loaded = loadRepositorySchemas(join(root, "schemas"));
    expect(loaded.functions.imAuthentication).toBe("print User = 'a'");
    expect(loaded.functions.imDns).toBe(shipped.functions.imDns);
  });
});

describe("ASIM corpus rules", () => {
  it("multiple countries evaluates", () => {
    const file = `${ASIM}/ASimAuthentication/imAuthSigninsMultipleCountries.yaml`;
    expect(coverageOf(file)).toEqual({ evaluated: true, error: null });
  });

  it("miners evaluates", () => {
    expect(coverageOf(`${ASIM}/ASimDNS/imDNS_Miners.yaml`)).toEqual({ evaluated: true, error: null });
  });

  it("removed SrcDvcIpAddr fails", () => {
    const file = `${ASIM}/ASimAuthentication/imAuthBruteForce.yaml`;
    expect(coverageOf(file)).toEqual({ evaluated: false, error: "unknown column 'SrcDvcIpAddr'" });
  });
});

describe("query command", () => {
  it("reads the shipped functions", async () => {
    let output = "";
    const io = {
      stdout: { write: (text: string) => (output += text) },
      stderr: { write: () => true },
      env: {},
      cwd: mkdtempSync(join(tmpdir(), "kql-query-")),
    };
    const status = await runQueryCommand(
      ["imAuthentication | union (_GetWatchlist('vip') | project x = 1) | count"],
      io,
      defaultDependencies,
    );
    rmSync(io.cwd, { recursive: true, force: true });

    expect(status).toBe(0);
    expect(JSON.parse(output)).toEqual({ columns: [{ name: "Count", type: "long" }], rows: [[0]] });
  });
});
