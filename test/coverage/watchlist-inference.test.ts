import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  coverageReport,
  formatCoverageText,
} from "../../src/coverage/index.js";
import { inferWatchlists } from "../../src/coverage/watchlist-inference.js";
import type { CompileOptions } from "../../src/kql/api.js";
import { makeCoverageWorkspace, type CoverageWorkspace } from "./workspace.js";

// A watchlist's item columns come from the file a user uploads to Sentinel,
// so coverage infers them from the columns the query reads after the call.

const ROOT = new URL("../..", import.meta.url).pathname;
const CORPUS = "test/fixtures/corpus/sentinel/noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules";
const DC_REPLICATION = `${CORPUS}/SecurityEvent/NonDomainControllerAdReplicationDetectionRule.yaml`;
const DISABLED_ACCOUNTS = `${CORPUS}/MicrosoftEntraID/DisabledAccountSigninAttemptsDetectionRule.yaml`;

const OPTIONS: CompileOptions = {
  tables: {
    Events: [
      { name: "TimeGenerated", type: "datetime" },
      { name: "User", type: "string" },
      { name: "Ip", type: "string" },
    ],
  },
};

describe("inferWatchlists", () => {
  it("declares a column read after the call", () => {
    const query = "let vips = _GetWatchlist('vip') | project Upn;\nEvents\n| where User in (vips)";

    const inference = inferWatchlists(query, OPTIONS);

    expect(inference.watchlists).toEqual([{ alias: "vip", columns: ["Upn"] }]);
  });

  it("declares a join key of the right side", () => {
    const query = "Events\n| join kind=inner (_GetWatchlist('bad')) on $left.Ip == $right.Address";

    const inference = inferWatchlists(query, OPTIONS);

    expect(inference.watchlists).toEqual([{ alias: "bad", columns: ["Address"] }]);
  });

  it("places each column on its watchlist", () => {
    const query = [
      "let ips = _GetWatchlist('ips') | project Address;",
      "let users = _GetWatchlist('users') | project Upn, Manager;",
      "Events | where Ip in (ips) and User in (users)",
    ].join("\n");

    const inference = inferWatchlists(query, OPTIONS);

    expect(inference.watchlists).toEqual([
      { alias: "ips", columns: ["Address"] },
      { alias: "users", columns: ["Upn", "Manager"] },
    ]);
  });

  it("leaves a typo elsewhere undeclared", () => {
    const query = "let vips = _GetWatchlist('vip') | project Upn;\nEvents\n| where Usr in (vips)";

    const inference = inferWatchlists(query, OPTIONS);

    expect(inference.watchlists).toEqual([{ alias: "vip", columns: ["Upn"] }]);
  });

  it("declares the watchlist tables and function", () => {
    const query = "_GetWatchlist('vip') | project Upn";

    const { options } = inferWatchlists(query, OPTIONS);

    expect(options.tables["Watchlist:vip"]).toEqual([
      { name: "_DTItemId", type: "string" },
      { name: "LastUpdatedTimeUTC", type: "datetime" },
      { name: "SearchKey", type: "string" },
      { name: "WatchlistItem", type: "dynamic" },
      { name: "Upn", type: "string" },
    ]);
    expect(options.tables.Events).toBe(OPTIONS.tables.Events);
    expect(options.functions?._GetWatchlist).toContain("['Watchlist:vip']");
  });

  it("ignores calls in comments", () => {
    const query = "// _GetWatchlist('old') | project Upn\nEvents | take 1";

    const inference = inferWatchlists(query, OPTIONS);

    expect(inference.watchlists).toEqual([]);
    expect(inference.options).toBe(OPTIONS);
  });

  it("infers nothing for a computed alias", () => {
    const query = "let name = 'vip';\n_GetWatchlist(name) | project Upn";

    const inference = inferWatchlists(query, OPTIONS);

    expect(inference.watchlists).toEqual([]);
    expect(inference.options).toBe(OPTIONS);
  });
});

describe("coverage of rules that read watchlists", () => {
  const report = coverageReport([DC_REPLICATION, DISABLED_ACCOUNTS], {
    root: ROOT,
    schemasDirs: ["schemas", "functions"],
  });

  it("infers one watchlist of a corpus rule", () => {
    const [item] = report.files;

    expect(item.file).toBe(DC_REPLICATION);
    expect(item.inferred).toEqual(["watchlist knownDCAccounts: ComputerAccount"]);
    expect(item.evaluated).toBe(true);
    expect(item.status).toBe("evaluated");
    expect(item.error).toBeNull();
  });

  it("infers two watchlists of a corpus rule", () => {
    const [, item] = report.files;

    expect(item.file).toBe(DISABLED_ACCOUNTS);
    expect(item.inferred).toEqual([
      "watchlist environmentIPs: IPAddress",
      "watchlist confirmedLeavers: UserPrincipalName",
    ]);
    expect(item.evaluated).toBe(true);
    expect(item.status).toBe("evaluated");
  });

  it("prints inferred columns in text", () => {
    const text = formatCoverageText(report);

    expect(text).toContain(
      `evaluated      ${DC_REPLICATION}  Non Domain Controller Active Directory Replication\n` +
        "               inferred: watchlist knownDCAccounts: ComputerAccount\n",
    );
  });
});

describe("coverage of a genuinely unknown column", () => {
  let workspace: CoverageWorkspace;

  beforeEach(() => {
    workspace = makeCoverageWorkspace();
  });

  afterEach(() => {
    workspace.remove();
  });

  function check(query: string) {
    workspace.writeRule("rules/rule.yaml", 1, "Rule", query);
    const report = coverageReport(["rules"], { root: workspace.root, schemasDirs: ["schemas"] });
    return report.files[0];
  }

  it("fails without a watchlist", () => {
    const item = check("Events\n| where Cuont > 1");

    expect(item.status).toBe("failed");
    expect(item.evaluated).toBe(false);
    expect(item.error).toBe("unknown column 'Cuont'");
    expect(item.inferred).toBeUndefined();
  });

  it("fails beside a watchlist", () => {
    const item = check("let vips = _GetWatchlist('vip') | project Upn;\nEvents\n| where Cuont > 1 and User in (vips)");

    expect(item.status).toBe("failed");
    expect(item.evaluated).toBe(false);
    expect(item.error).toBe("unknown column 'Cuont'");
    expect(item.inferred).toEqual(["watchlist vip: Upn"]);
  });
});
