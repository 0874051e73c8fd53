// Watchlist columns follow https://learn.microsoft.com/azure/sentinel/watchlists-queries
// (`_GetWatchlist('alias')` returns the items, with SearchKey as its own
// column and one column per field) and the types of the Watchlist table,
// https://learn.microsoft.com/azure/azure-monitor/reference/tables/watchlist.
import { cpSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAll } from "../../src/cases/run.js";
import type { SourceRow } from "../../src/cases/source-rows.js";
import {
  buildWatchlistTable,
  calledWatchlists,
  watchlistCalls,
  watchlistFunction,
  watchlistTableName,
} from "../../src/cases/watchlists.js";
import { compileQuery } from "../../src/kql/compile-query.js";
import { parseDatetime } from "../../src/kql/types.js";
import type { RunReport } from "../../src/report/types.js";
import { makeTempRepo, type TempRepo } from "./temp-repo.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CORPUS = join(ROOT, "test/fixtures/corpus/sentinel/noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules");
const BREAK_GLASS = "MicrosoftEntraID/BreakGlassAccountAuthenticationDetectionRule.yaml";
const TOR = "AzureActivity/PotentialTorExitNodeDetected.yaml";
const AT = parseDatetime("2026-04-20T09:00:00Z") as number;

function item(values: Record<string, unknown>, fromText = false): SourceRow {
  return { values, fromText, placeOf: () => ({ file: "case.yaml", line: 1, column: 1 }) };
}

const place = { file: "case.yaml", line: 1, column: 1 };

describe("buildWatchlistTable", () => {
  it("adds the standard columns", () => {
    const items = [item({ Upn: "a@x.com", Level: 3 }), item({ Upn: "b@x.com" })];
    const table = buildWatchlistTable({ alias: "vip", items, place }, AT);
    expect(table.columns).toEqual([
      { name: "_DTItemId", type: "string" },
      { name: "LastUpdatedTimeUTC", type: "datetime" },
      { name: "SearchKey", type: "string" },
      { name: "WatchlistItem", type: "dynamic" },
      { name: "Upn", type: "string" },
      { name: "Level", type: "string" },
    ]);
    expect(table.rows).toEqual([
      ["00000000-0000-4000-8000-000000000001", AT, "a@x.com", { Upn: "a@x.com", Level: "3" }, "a@x.com", "3"],
      ["00000000-0000-4000-8000-000000000002", AT, "b@x.com", { Upn: "b@x.com" }, "b@x.com", ""],
    ]);
  });

  it("uses the given search key", () => {
    const items = [item({ Upn: "a@x.com", Ip: "10.0.0.1" })];
    const table = buildWatchlistTable({ alias: "vip", items, searchKey: "Ip", place }, AT);
    expect(table.rows[0][2]).toBe("10.0.0.1");
  });

  it("keeps given standard columns", () => {
    const items = [item({ Upn: "a", _DTItemId: "id-1", LastUpdatedTimeUTC: "2026-01-01T00:00:00Z" })];
    const table = buildWatchlistTable({ alias: "vip", items, place }, AT);
    expect(table.columns.map((column) => column.name)).toEqual([
      "_DTItemId",
      "LastUpdatedTimeUTC",
      "SearchKey",
      "WatchlistItem",
      "Upn",
    ]);
    expect(table.rows[0][0]).toBe("id-1");
    expect(table.rows[0][1]).toBe(parseDatetime("2026-01-01T00:00:00Z"));
  });

  it("rejects an unknown search key", () => {
    const items = [item({ Upn: "a" })];
    expect(() => buildWatchlistTable({ alias: "vip", items, searchKey: "Ip", place }, AT)).toThrow(
      "search key 'Ip' of watchlist 'vip' is not one of its fields",
    );
  });

  it("rejects a bad update time", () => {
    const items = [item({ Upn: "a", LastUpdatedTimeUTC: "yesterday" })];
    expect(() => buildWatchlistTable({ alias: "vip", items, place }, AT)).toThrow(
      "LastUpdatedTimeUTC 'yesterday' of watchlist 'vip' is not a valid datetime",
    );
  });
});

describe("calledWatchlists", () => {
  it("finds literal aliases", () => {
    const query = `let a = _GetWatchlist('one'); _GetWatchlist("two") | join (_GetWatchlist('one')) on X`;
    expect(calledWatchlists(query)).toEqual({ aliases: ["one", "two"], dynamic: false });
  });

  it("skips comments", () => {
    const query = "// let x = _GetWatchlist('old');\nT | where Url == 'https://a' // _GetWatchlist('no')";
    expect(calledWatchlists(query)).toEqual({ aliases: [], dynamic: false });
  });

  it("flags a computed alias", () => {
    expect(calledWatchlists("let n = 'a'; _GetWatchlist(n)")).toEqual({ aliases: [], dynamic: true });
  });
});

describe("watchlistCalls", () => {
  it("places each call", () => {
    const query = "// _GetWatchlist('old')\nlet a = _GetWatchlist('one');\n_GetWatchlist(name)";
    const calls = watchlistCalls(query);

    expect(calls).toEqual([
      { alias: "one", start: 32, end: 52 },
      { alias: undefined, start: 54, end: 73 },
    ]);
    expect(query.slice(calls[0].start, calls[0].end)).toBe("_GetWatchlist('one')");
  });
});

describe("watchlistFunction", () => {
  const tables = {
    [watchlistTableName("one")]: [
      { name: "SearchKey", type: "string" as const },
      { name: "Upn", type: "string" as const },
    ],
    [watchlistTableName("two")]: [
      { name: "SearchKey", type: "string" as const },
      { name: "Ip", type: "string" as const },
    ],
  };
  const functions = { _GetWatchlist: watchlistFunction(["one", "two"]) };
  const input = {
    [watchlistTableName("one")]: { columns: tables[watchlistTableName("one")], rows: [["a", "a"]] },
    [watchlistTableName("two")]: { columns: tables[watchlistTableName("two")], rows: [["1.1.1.1", "1.1.1.1"]] },
  };

  it("selects by alias", () => {
    const query = compileQuery("_GetWatchlist('two') | project SearchKey, Ip", { tables, functions });
    expect(query.evaluate({ tables: input, now: AT }).rows).toEqual([["1.1.1.1", "1.1.1.1"]]);
  });

  it("unknown alias returns no rows", () => {
    const query = compileQuery("_GetWatchlist('three') | count", { tables, functions });
    expect(query.evaluate({ tables: input, now: AT }).rows).toEqual([[0]]);
  });

  it("without aliases has the standard columns", () => {
    const query = compileQuery("_GetWatchlist('x')", { tables: {}, functions: { _GetWatchlist: watchlistFunction([]) } });
    expect(query.resultColumns.map((column) => column.name)).toEqual([
      "_DTItemId",
      "LastUpdatedTimeUTC",
      "SearchKey",
      "WatchlistItem",
    ]);
  });
});

const BREAK_GLASS_CASES = `
- rule: rules/BreakGlassAccountAuthenticationDetectionRule.yaml
  name: break-glass sign-in
  at: 2026-04-20T08:31:00Z
  watchlists:
    breakGlassAccounts:
      - UserPrincipalName: bg1@contoso.com
        UserId: 11111111-1111-1111-1111-111111111111
  tables:
    SigninLogs:
      - { TimeGenerated: 2026-04-20T08:30:30Z, UserPrincipalName: bg1@contoso.com, AppDisplayName: Azure Portal, IPAddress: 203.0.113.5 }
      - { TimeGenerated: 2026-04-20T08:30:40Z, UserPrincipalName: alice@contoso.com, AppDisplayName: Azure Portal, IPAddress: 203.0.113.6 }
  expect:
    triggered: true
    alerts:
      - columns: { UserPrincipalName: bg1@contoso.com, IPAddress: 203.0.113.5 }
- rule: rules/BreakGlassAccountAuthenticationDetectionRule.yaml
  name: no watchlist
  at: 2026-04-20T08:31:00Z
  tables:
    SigninLogs:
      - { TimeGenerated: 2026-04-20T08:30:30Z, UserPrincipalName: bg1@contoso.com }
  expect:
    triggered: false
`;

const TOR_CASE = `
rule: rules/PotentialTorExitNodeDetected.yaml
name: call from a Tor exit node
at: 2026-04-20T09:00:00Z
tables:
  AzureActivity:
    - { TimeGenerated: 2026-04-20T08:00:00Z, CallerIpAddress: 198.51.100.7, Caller: eve@contoso.com, OperationNameValue: Microsoft.Compute/virtualMachines/write }
    - { TimeGenerated: 2026-04-20T08:05:00Z, CallerIpAddress: 192.0.2.1, Caller: bob@contoso.com, OperationNameValue: Microsoft.Compute/virtualMachines/write }
expect:
  rows:
    - { TimeGenerated: 2026-04-20T08:00:00Z, SearchKey: 198.51.100.7, OperationNameValue: Microsoft.Compute/virtualMachines/write, Type: "", SubscriptionId: "", WhoDidIt: eve@contoso.com, ResourceName: "", ResourceGroup: "" }
`;

function run(repo: TempRepo): RunReport {
  return runAll({ root: repo.root, rulesDir: "rules", casesDir: "test-cases", schemasDir: "schemas", fuzzRuns: 0 });
}

/** Lists the warnings about watchlists, leaving out the rule's lint warnings. */
function warningTexts(report: RunReport): string[] {
  return report.rules.flatMap((rule) =>
    rule.warnings.map((warning) => warning.message).filter((message) => message.includes("watchlist")),
  );
}

describe("watchlists in a run", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo("kql-watchlists-");
    mkdirSync(join(repo.root, "rules"));
    cpSync(join(ROOT, "schemas"), join(repo.root, "schemas"), { recursive: true });
  });
  afterEach(() => repo.remove());

  it("case watchlist feeds the rule", () => {
    cpSync(join(CORPUS, BREAK_GLASS), join(repo.root, "rules", "BreakGlassAccountAuthenticationDetectionRule.yaml"));
    repo.write("test-cases/break-glass.yaml", BREAK_GLASS_CASES);

    const report = run(repo);
    const statuses = report.rules[0].cases.map((entry) => [entry.name, entry.status, entry.message]);
    expect(statuses).toEqual([
      ["break-glass sign-in", "passed", "1 alert as expected"],
      ["no watchlist", "passed", "not triggered, as expected"],
    ]);
    expect(warningTexts(report)).toEqual([
      "this case does not give watchlist 'breakGlassAccounts', so _GetWatchlist('breakGlassAccounts') returns no rows",
    ]);
  });

  it("repository folder feeds every case", () => {
    cpSync(join(CORPUS, TOR), join(repo.root, "rules", "PotentialTorExitNodeDetected.yaml"));
    repo.write("watchlists/TorExitNodes.csv", "TorExitNodes,Source\n198.51.100.7,dan.me.uk\n");
    repo.write("test-cases/tor.yaml", TOR_CASE);

    const report = run(repo);
    expect(report.errors).toEqual([]);
    expect(report.rules[0].cases.map((entry) => [entry.status, entry.message])).toEqual([
      ["passed", "1 row as expected"],
    ]);
    expect(warningTexts(report)).toEqual([]);
  });

  it("warns when no case gives it", () => {
    cpSync(join(CORPUS, BREAK_GLASS), join(repo.root, "rules", "BreakGlassAccountAuthenticationDetectionRule.yaml"));
    repo.write("test-cases/break-glass.yaml", BREAK_GLASS_CASES.split("- rule:")[2].replace(/^/, "- rule:"));

    const report = run(repo);
    expect(warningTexts(report)).toEqual([
      "no case gives watchlist 'breakGlassAccounts', so _GetWatchlist('breakGlassAccounts') returns no rows",
    ]);
    expect(report.rules[0].warnings[0].file).toBe("rules/BreakGlassAccountAuthenticationDetectionRule.yaml");
  });

  it("reports a bad search key", () => {
    cpSync(join(CORPUS, BREAK_GLASS), join(repo.root, "rules", "BreakGlassAccountAuthenticationDetectionRule.yaml"));
    const cases = BREAK_GLASS_CASES.replace(
      "    breakGlassAccounts:\n      - UserPrincipalName: bg1@contoso.com\n        UserId: 11111111-1111-1111-1111-111111111111",
      "    breakGlassAccounts:\n      searchKey: Upn\n      items:\n        - UserPrincipalName: bg1@contoso.com",
    );
    repo.write("test-cases/break-glass.yaml", cases);

    const report = run(repo);
    const first = report.rules[0].cases[0];
    expect(first.status).toBe("error");
    expect(first.message).toBe("search key 'Upn' of watchlist 'breakGlassAccounts' is not one of its fields (use one of UserPrincipalName)");
    expect(first.line).toBe(6);
  });

  it("reads items from a file", () => {
    cpSync(join(CORPUS, BREAK_GLASS), join(repo.root, "rules", "BreakGlassAccountAuthenticationDetectionRule.yaml"));
    repo.write("test-cases/accounts.csv", "UserPrincipalName,UserId\nbg1@contoso.com,1111\n");
    const cases = BREAK_GLASS_CASES.replace(
      "    breakGlassAccounts:\n      - UserPrincipalName: bg1@contoso.com\n        UserId: 11111111-1111-1111-1111-111111111111",
      "    breakGlassAccounts: { file: accounts.csv }",
    );
    repo.write("test-cases/break-glass.yaml", cases);

    const report = run(repo);
    expect(report.errors).toEqual([]);
    expect(report.rules[0].cases.map((entry) => entry.status)).toEqual(["passed", "passed"]);
  });
});
