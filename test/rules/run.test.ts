import { describe, expect, it } from "vitest";
import type { CompiledQuery } from "../../src/kql/api.js";
import { compileQuery } from "../../src/kql/index.js";
import { parseDatetime, type Column, type Table, type Value } from "../../src/kql/types.js";
import { compileRule } from "../../src/rules/rule-compiler.js";
import { loadRuleFile } from "../../src/rules/rule-loader.js";
import { loadSchemas } from "../../src/rules/schemas.js";
import { isTriggered, runRule } from "../../src/rules/run.js";
import type { CompiledRule, Rule, TriggerOperator } from "../../src/rules/types.js";
import { InputError } from "../../src/errors.js";
import { lineOf, parseValidRule, templateRule } from "./helpers.js";

const AT = parseDatetime("2026-04-20T09:00:00Z")!;
const HOUR = 36_000_000_000;

/** Compiles the query `T`, which returns the rows of table `T` as they are. */
function passThrough(columns: readonly Column[]): CompiledQuery {
  return compileQuery("T", { tables: { T: columns } });
}

function compiled(rule: Rule, columns: readonly Column[]): CompiledRule {
  return { rule, query: passThrough(columns) };
}

const userColumns: Column[] = [
  { name: "TimeGenerated", type: "datetime" },
  { name: "User", type: "string" },
];

function userRows(times: string[]): Table {
  return {
    columns: userColumns,
    rows: times.map((time, index) => [parseDatetime(time), `user${index}@example.com`]),
  };
}

function ruleWith(lines: Record<string, string | null>): Rule {
  return parseValidRule(templateRule(lines));
}

describe("runRule window", () => {
  const rule = ruleWith({ queryFrequency: "queryFrequency: 1h", queryPeriod: "queryPeriod: 1h" });

  it("excludes a row at the window start", () => {
    const run = runRule(compiled(rule, userColumns), { T: userRows(["2026-04-20T08:00:00Z"]) }, AT);
    expect(run.rowCount).toBe(0);
    expect(run.triggered).toBe(false);
    expect(run.alerts).toEqual([]);
  });

  it("includes a row at the run time", () => {
    const run = runRule(compiled(rule, userColumns), { T: userRows(["2026-04-20T09:00:00Z"]) }, AT);
    expect(run.rowCount).toBe(1);
    expect(run.triggered).toBe(true);
  });

  it("keeps rows just inside the window", () => {
    const times = ["2026-04-20T08:00:00.0000001Z", "2026-04-20T08:30:00Z", "2026-04-20T09:00:00.0000001Z"];
    const run = runRule(compiled(rule, userColumns), { T: userRows(times) }, AT);
    expect(run.result.rows.map((row) => row[1])).toEqual(["user0@example.com", "user1@example.com"]);
    expect(run.window).toEqual({ start: AT - HOUR, end: AT });
  });

  it("drops rows without a time", () => {
    const table: Table = { columns: userColumns, rows: [[null, "a@example.com"]] };
    expect(runRule(compiled(rule, userColumns), { T: table }, AT).rowCount).toBe(0);
  });

  it("passes tables without TimeGenerated whole", () => {
    const columns: Column[] = [{ name: "User", type: "string" }];
    const table: Table = { columns, rows: [["a@example.com"], ["b@example.com"]] };
    expect(runRule(compiled(rule, columns), { T: table }, AT).rowCount).toBe(2);
  });

  it("rejects a TimeGenerated that is not a datetime", () => {
    const columns: Column[] = [{ name: "TimeGenerated", type: "string" }];
    const table: Table = { columns, rows: [["2026-04-20T08:30:00Z"]] };
    expect(() => runRule(compiled(rule, columns), { T: table }, AT)).toThrow(
      "column TimeGenerated of table T is string, not datetime",
    );
  });

  it("sets now() to the run time", () => {
    const query = compileQuery("print Now = now()", { tables: {} });
    const run = runRule({ rule, query }, {}, AT);
    expect(run.result.rows).toEqual([[AT]]);
  });

  it("gives an NRT rule the last minute", () => {
    const nrt = ruleWith({
      kind: "kind: NRT",
      queryFrequency: null,
      queryPeriod: null,
      triggerOperator: null,
      triggerThreshold: null,
    });
    const times = ["2026-04-20T08:59:00Z", "2026-04-20T08:59:30Z"];
    const run = runRule(compiled(nrt, userColumns), { T: userRows(times) }, AT);
    expect(run.rowCount).toBe(1);
    expect(run.window).toEqual({ start: AT - HOUR / 60, end: AT });
  });
});

describe("runRule errors", () => {
  it("places a runtime error in the rule file", () => {
    const text = templateRule({ query: "query: |\n  ZoomLogs\n  | extend X = 1\n  | project User" });
    const rule = parseValidRule(text);
    const failing = {
      ...passThrough(userColumns),
      evaluate: () => {
        throw new InputError("division by zero", { line: 2, column: 12, kind: "runtime" });
      },
    } as CompiledQuery;
    let caught: unknown;
    try {
      runRule({ rule, query: failing }, {}, AT);
    } catch (error: unknown) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const error = caught as InputError;
    expect(error.message).toBe("division by zero");
    expect(error.file).toBe("rules/rule.yaml");
    expect(error.line).toBe(lineOf(text, "| extend X"));
    expect(error.column).toBe(14);
    expect(error.kind).toBe("runtime");
  });
});

describe("isTriggered", () => {
  const cases: [TriggerOperator, number, number, boolean][] = [
    ["gt", 1, 0, true],
    ["gt", 0, 0, false],
    ["gt", 3, 3, false],
    ["lt", 2, 3, true],
    ["lt", 3, 3, false],
    ["lt", 0, 1, true],
    ["eq", 3, 3, true],
    ["eq", 2, 3, false],
    ["eq", 0, 0, true],
    ["ne", 2, 3, true],
    ["ne", 3, 3, false],
  ];
  it.each(cases)("%s with %d rows and threshold %d is %s", (operator, rows, threshold, expected) => {
    expect(isTriggered(operator, rows, threshold)).toBe(expected);
  });

  it("reads GreaterThan from a rule", () => {
    const rule = ruleWith({ triggerOperator: "triggerOperator: LessThan", triggerThreshold: "triggerThreshold: 2" });
    const run = runRule(compiled(rule, userColumns), { T: userRows(["2026-04-20T08:30:00Z"]) }, AT);
    expect(rule.triggerOperator).toBe("lt");
    expect(run.triggered).toBe(true);
  });
});

describe("alert grouping", () => {
  const times = (count: number) =>
    Array.from({ length: count }, (_, index) => `2026-04-20T08:${String(index % 60).padStart(2, "0")}:00Z`);

  it("raises one SingleAlert for all rows", () => {
    const rule = ruleWith({});
    const run = runRule(compiled(rule, userColumns), { T: userRows(times(3)) }, AT);
    expect(run.alerts).toHaveLength(1);
    const [alert] = run.alerts;
    expect(alert.rowCount).toBe(3);
    expect(alert.columns).toEqual({ TimeGenerated: "2026-04-20T08:00:00Z", User: "user0@example.com" });
    expect(alert.entities).toEqual([
      { type: "Account", FullName: "user0@example.com" },
      { type: "Account", FullName: "user1@example.com" },
      { type: "Account", FullName: "user2@example.com" },
    ]);
    expect(alert.name).toBe("Suspicious link sharing pattern");
    expect(alert.severity).toBe("Low");
    expect(alert.summary).toBe(false);
  });

  const perResult = () =>
    ruleWith({ kind: "kind: Scheduled\neventGroupingSettings:\n  aggregationKind: AlertPerResult" });

  it("raises an alert per row", () => {
    const run = runRule(compiled(perResult(), userColumns), { T: userRows(times(2)) }, AT);
    expect(run.alerts.map((alert) => alert.columns.User)).toEqual(["user0@example.com", "user1@example.com"]);
    expect(run.alerts.map((alert) => alert.entities.length)).toEqual([1, 1]);
  });

  it("raises 150 alerts for 150 rows", () => {
    const table = userRows(times(150));
    const run = runRule(compiled(perResult(), userColumns), { T: table }, AT);
    expect(run.alerts).toHaveLength(150);
    expect(run.alerts.every((alert) => !alert.summary)).toBe(true);
  });

  it("caps 151 rows at 150 alerts", () => {
    const run = runRule(compiled(perResult(), userColumns), { T: userRows(times(151)) }, AT);
    expect(run.alerts).toHaveLength(150);
    expect(run.alerts[148].columns.User).toBe("user148@example.com");
    expect(run.alerts[148].summary).toBe(false);
    const last = run.alerts[149];
    expect(last.summary).toBe(true);
    expect(last.rowCount).toBe(151);
    expect(last.columns.User).toBe("user0@example.com");
    expect(last.entities).toHaveLength(151);
  });

  it("caps an NRT rule at 30 alerts", () => {
    const rule = parseValidRule(
      templateRule({
        kind: "kind: NRT\neventGroupingSettings:\n  aggregationKind: AlertPerResult",
        queryFrequency: null,
        queryPeriod: null,
        triggerOperator: null,
        triggerThreshold: null,
      }),
    );
    const rows = Array.from({ length: 40 }, (_, index): Value[] => [AT, `u${index}@example.com`]);
    const run = runRule(compiled(rule, userColumns), { T: { columns: userColumns, rows } }, AT);
    expect(run.alerts).toHaveLength(30);
    expect(run.alerts[29].summary).toBe(true);
    expect(run.alerts[29].rowCount).toBe(40);
  });

  it("raises one alert for a triggered empty result", () => {
    const rule = ruleWith({ triggerOperator: "triggerOperator: eq", triggerThreshold: "triggerThreshold: 0" });
    const run = runRule(compiled(rule, userColumns), {}, AT);
    expect(run.triggered).toBe(true);
    expect(run.alerts).toHaveLength(1);
    expect(run.alerts[0].columns).toEqual({});
    expect(run.alerts[0].entities).toEqual([]);
    expect(run.alerts[0].rowCount).toBe(0);
  });
});

describe("seed rule alerts", () => {
  const columns: Column[] = [
    { name: "Message", type: "string" },
    { name: "User", type: "string" },
    { name: "UserId", type: "string" },
    { name: "Channels", type: "dynamic" },
    { name: "StartTime", type: "datetime" },
    { name: "EndTime", type: "datetime" },
    { name: "ChannelCount", type: "long" },
    { name: "AccountName", type: "string" },
    { name: "AccountUPNSuffix", type: "string" },
  ];
  const seed = loadRuleFile("rules/zoom/SupiciousLinkSharing.yaml").rules[0];
  const row = (user: string, name: string, suffix: string): Value[] => [
    "see https://files.example.net/a",
    user,
    "u-001",
    ["general", "random", "dev", "ops"],
    parseDatetime("2026-04-20T08:10:00Z"),
    parseDatetime("2026-04-20T08:40:00Z"),
    4,
    name,
    suffix,
  ];
  const run = (rows: Value[][]) =>
    runRule({ rule: seed, query: passThrough(columns) }, { T: { columns, rows } }, AT);

  it("maps FullName, Name and UPNSuffix", () => {
    const [alert] = run([row("user1@example.com", "user1", "example.com")]).alerts;
    expect(alert.entities).toEqual([
      { type: "Account", FullName: "user1@example.com", Name: "user1", UPNSuffix: "example.com" },
    ]);
    expect(alert.columns.ChannelCount).toBe(4);
    expect(alert.columns.StartTime).toBe("2026-04-20T08:10:00Z");
    expect(alert.columns.Channels).toEqual(["general", "random", "dev", "ops"]);
    expect(alert.tactics).toEqual(["Reconnaissance"]);
  });

  it("drops empty identifiers", () => {
    const [alert] = run([row("nobody", "nobody", "")]).alerts;
    expect(alert.entities).toEqual([{ type: "Account", FullName: "nobody", Name: "nobody" }]);
  });

  it("drops an entity without a required identifier", () => {
    const [alert] = run([row("", "", "example.com")]).alerts;
    expect(alert.entities).toEqual([]);
  });

  it("keeps identical entities once", () => {
    const same = row("user1@example.com", "user1", "example.com");
    const [alert] = run([same, same, row("user2@example.com", "user2", "example.com")]).alerts;
    expect(alert.entities.map((entity) => entity.FullName)).toEqual([
      "user1@example.com",
      "user2@example.com",
    ]);
  });
});

describe("alert details", () => {
  const columns: Column[] = [
    { name: "User", type: "string" },
    { name: "Count", type: "long" },
    { name: "Level", type: "string" },
    { name: "Tactics", type: "dynamic" },
    { name: "When", type: "datetime" },
  ];
  const rule = ruleWith({
    kind: [
      "kind: Scheduled",
      "customDetails:",
      "  Shares: Count",
      "  Seen: When",
      "alertDetailsOverride:",
      "  alertDisplayNameFormat: 'Links from {{User}} ({{Count}})'",
      "  alertDescriptionFormat: 'First seen {{When}}'",
      "  alertSeverityColumnName: Level",
      "  alertTacticsColumnName: Tactics",
    ].join("\n"),
  });
  const runOne = (values: Value[]) =>
    runRule({ rule, query: passThrough(columns) }, { T: { columns, rows: [values] } }, AT).alerts[0];

  it("fills placeholders from the row", () => {
    const alert = runOne(["a@example.com", 5, "high", ["Collection", "exfiltration"], AT]);
    expect(alert.name).toBe("Links from a@example.com (5)");
    expect(alert.description).toBe("First seen 2026-04-20T09:00:00Z");
    expect(alert.severity).toBe("High");
    expect(alert.tactics).toEqual(["Collection", "Exfiltration"]);
    expect(alert.customDetails).toEqual({ Shares: 5, Seen: "2026-04-20T09:00:00Z" });
  });

  it("falls back when a column is empty", () => {
    const alert = runOne(["", 5, "", null, null]);
    expect(alert.name).toBe("Suspicious link sharing pattern");
    expect(alert.description).toBe("Links shared in many channels.");
    expect(alert.severity).toBe("Low");
    expect(alert.tactics).toEqual([]);
    expect(alert.customDetails).toEqual({ Shares: 5, Seen: null });
  });

  it("falls back on an invalid severity or tactic", () => {
    const alert = runOne(["a@example.com", 5, "Critical", ["Spying"], AT]);
    expect(alert.severity).toBe("Low");
    expect(alert.tactics).toEqual([]);
  });
});

describe("seed rule run", () => {
  const schemas = loadSchemas("schemas");
  const seed = loadRuleFile("rules/zoom/SupiciousLinkSharing.yaml").rules[0];
  const compiledSeed = compileRule(seed, schemas);
  const columns = schemas.tables.ZoomLogs;

  function chat(time: string, channel: string, user = "user1@example.com"): Value[] {
    const values: Record<string, Value> = {
      TimeGenerated: parseDatetime(time),
      Event: "chat_message.sent",
      ChatEvents: JSON.stringify({ Channel: channel, Message: "see https://files.example.net/a" }),
      User: user,
      UserId: "u-001",
    };
    return columns.map((column) => values[column.name] ?? (column.type === "string" ? "" : null));
  }

  it("alerts on a link in four channels", () => {
    const rows = ["general", "random", "dev", "ops"].map((channel, index) =>
      chat(`2026-04-20T08:1${index}:00Z`, channel),
    );
    const run = runRule(compiledSeed, { ZoomLogs: { columns, rows } }, AT);
    expect(run.rowCount).toBe(1);
    expect(run.triggered).toBe(true);
    expect(run.alerts).toHaveLength(1);
    expect(run.alerts[0].columns.ChannelCount).toBe(4);
    expect(run.alerts[0].columns.StartTime).toBe("2026-04-20T08:10:00Z");
    expect(run.alerts[0].entities).toEqual([
      { type: "Account", FullName: "user1@example.com", Name: "user1", UPNSuffix: "example.com" },
    ]);
  });

  it("ignores a channel at the window start", () => {
    const rows = [
      chat("2026-04-19T09:00:00Z", "general"),
      ...["random", "dev", "ops"].map((channel) => chat("2026-04-20T08:30:00Z", channel)),
    ];
    const run = runRule(compiledSeed, { ZoomLogs: { columns, rows } }, AT);
    expect(run.rowCount).toBe(0);
    expect(run.triggered).toBe(false);
    expect(run.alerts).toEqual([]);
  });

  it("counts a channel just after the window start", () => {
    const rows = [
      chat("2026-04-19T09:00:01Z", "general"),
      ...["random", "dev", "ops"].map((channel) => chat("2026-04-20T08:30:00Z", channel)),
    ];
    const run = runRule(compiledSeed, { ZoomLogs: { columns, rows } }, AT);
    expect(run.rowCount).toBe(1);
  });
});
