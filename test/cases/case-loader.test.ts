import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCases, type CaseLoadOptions } from "../../src/cases/case-loader.js";
import { formatInputError } from "../../src/errors.js";
import { parseDatetime } from "../../src/kql/types.js";
import { makeTempRepo, type TempRepo } from "./temp-repo.js";

const SCHEMAS: CaseLoadOptions["schemas"] = {
  ZoomLogs: [
    { name: "TimeGenerated", type: "datetime" },
    { name: "User", type: "string" },
    { name: "ChatEvents", type: "string" },
    { name: "Count", type: "long" },
  ],
};
const RULES = [{ id: "1218175f-c534-421c-8070-5dcaabf28067", file: "rules/seed.yaml" }];

let repo: TempRepo;
beforeEach(() => {
  repo = makeTempRepo();
});
afterEach(() => repo.remove());

function load() {
  return loadCases({ root: repo.root, casesDir: "test-cases", schemas: SCHEMAS, rules: RULES });
}

function onlyProblem() {
  const { cases, problems } = load();
  expect(cases).toEqual([]);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe("loadCases errors", () => {
  it("malformed YAML", () => {
    repo.write("test-cases/dup.yaml", "rule: rules/seed.yaml\nrule: other\nexpect: { triggered: false }\n");
    const problem = onlyProblem();
    expect(problem.file).toBe("test-cases/dup.yaml");
    expect(problem.line).toBe(2);
    expect(problem.rule).toBeUndefined();
    expect(problem.error.kind).toBe("yaml");
    expect(problem.error.message).toBe("invalid YAML: Map keys must be unique");
    expect(problem.error.column).toBe(1);
  });

  it("unknown rule at the rule line", () => {
    repo.write("test-cases/x.yaml", "name: x\nrule: rules/missing.yaml\nexpect: { triggered: false }\n");
    const problem = onlyProblem();
    expect(problem.rule).toBeUndefined();
    expect(problem.error.message).toBe("no rule 'rules/missing.yaml' found");
    expect(problem.error.file).toBe("test-cases/x.yaml");
    expect(problem.error.line).toBe(2);
    expect(problem.error.column).toBe(7);
  });

  it("wrong-type value at its line", () => {
    repo.write(
      "test-cases/x.yaml",
      [
        "rule: rules/seed.yaml",
        "tables:",
        "  ZoomLogs:",
        "    - TimeGenerated: 2026-04-20T08:00:00Z",
        "      Count: 3",
        "    - TimeGenerated: 2026-04-20T08:01:00Z",
        "      Count: three",
        "expect: { triggered: false }",
        "",
      ].join("\n"),
    );
    const problem = onlyProblem();
    expect(problem.rule).toEqual(RULES[0]);
    expect(problem.error.message).toBe(
      "'three' in column Count of ZoomLogs is not a long: write a whole number, such as 42",
    );
    expect(problem.error.file).toBe("test-cases/x.yaml");
    expect(problem.error.line).toBe(7);
    expect(problem.error.column).toBe(14);
    expect(problem.error.sourceLine).toBe("      Count: three");
  });

  it("event file outside the repository", () => {
    repo.write(
      "test-cases/x.yaml",
      "rule: rules/seed.yaml\ntables:\n  ZoomLogs: { file: ../../outside.json }\nexpect: { triggered: false }\n",
    );
    const problem = onlyProblem();
    expect(problem.error.message).toBe("event file '../../outside.json' is outside the repository");
    expect(problem.error.line).toBe(3);
    expect(problem.error.column).toBe(21);
  });

  it("event file linked outside the repository", () => {
    const outside = makeTempRepo("kql-outside-");
    try {
      const target = outside.write("events.json", "[]");
      repo.write("test-cases/x.yaml", "rule: rules/seed.yaml\ntables:\n  ZoomLogs: { file: link.json }\nexpect: { triggered: false }\n");
      symlinkSync(target, join(repo.root, "test-cases/link.json"));
      const problem = onlyProblem();
      expect(problem.error.message).toBe("event file 'link.json' is outside the repository");
      expect(problem.error.line).toBe(3);
    } finally {
      outside.remove();
    }
  });

  it("missing event file", () => {
    repo.write("test-cases/x.yaml", "rule: rules/seed.yaml\ntables:\n  ZoomLogs: { file: none.ndjson }\nexpect: { triggered: false }\n");
    const problem = onlyProblem();
    expect(problem.error.message).toBe("event file 'none.ndjson' not found");
    expect(problem.error.hint).toBe(
      "check the path: it is relative to the case file, so it names test-cases/none.ndjson",
    );
  });

  it("outside before file type", () => {
    repo.write(
      "test-cases/x.yaml",
      "rule: rules/seed.yaml\ntables:\n  ZoomLogs: { file: ../../../etc/passwd }\nexpect: { triggered: false }\n",
    );
    expect(onlyProblem().error.message).toBe("event file '../../../etc/passwd' is outside the repository");
  });

  it("unknown field and empty expect", () => {
    repo.write("test-cases/x.yaml", "rule: rules/seed.yaml\nexpected: {}\n");
    const problem = onlyProblem();
    expect(problem.error.message).toBe("invalid case: the case has an unknown field 'expected'");
    expect(problem.error.hint).toBe(
      "did you mean 'expect'?; also: the case is missing the required field 'expect'",
    );
    expect(problem.error.line).toBe(2);
  });

  it("misspelt key at its line", () => {
    repo.write("test-cases/x.yaml", "rule: rules/seed.yaml\nat: 2026-04-20T09:00:00Z\nexpcet:\n  triggered: false\n");
    const problem = onlyProblem();
    expect(problem.error.message).toBe("invalid case: the case has an unknown field 'expcet'");
    expect(problem.error.hint).toBe(
      "did you mean 'expect'?; also: the case is missing the required field 'expect'",
    );
    expect(problem.error.line).toBe(3);
    expect(problem.error.column).toBe(1);
  });

  it("misspelt alert key", () => {
    repo.write(
      "test-cases/x.yaml",
      "rule: rules/seed.yaml\nat: 2026-04-20T09:00:00Z\nexpect:\n  alerts:\n    - colums: { User: a }\n",
    );
    const problem = onlyProblem();
    expect(problem.error.message).toBe("invalid case: 'expect/alerts/0' has an unknown field 'colums'");
    expect(problem.error.hint).toBe("did you mean 'columns'?");
    expect(problem.error.line).toBe(5);
  });

  it("unknown entity type", () => {
    repo.write(
      "test-cases/x.yaml",
      [
        "rule: rules/seed.yaml",
        "at: 2026-04-20T09:00:00Z",
        "expect:",
        "  alerts:",
        "    - entities:",
        "        - { type: Acount, Name: a }",
      ].join("\n"),
    );
    const problem = onlyProblem();
    expect(problem.error.message).toBe("unknown entity type 'Acount'");
    expect(problem.error.hint).toMatch(
      /^use one of the Sentinel entity types, closest first: Account, [A-Za-z]+, /,
    );
    expect(problem.error.line).toBe(6);
  });

  it("bad at", () => {
    repo.write("test-cases/x.yaml", "rule: rules/seed.yaml\nat: tomorrow\nexpect: { triggered: false }\n");
    const problem = onlyProblem();
    expect(problem.error.message).toBe("'tomorrow' is not a valid datetime");
    expect(problem.error.line).toBe(2);
  });

  it("no at and no events", () => {
    repo.write("test-cases/x.yaml", "rule: rules/seed.yaml\nexpect: { triggered: false }\n");
    expect(onlyProblem().error.message).toBe("`at` is missing and no event has a TimeGenerated");
  });

  it("one bad case keeps the others", () => {
    repo.write(
      "test-cases/list.yaml",
      "- rule: rules/seed.yaml\n  at: 2026-04-20T09:00:00Z\n  expect: { triggered: false }\n- rule: nope\n  expect: { triggered: true }\n",
    );
    repo.write("test-cases/broken.yaml", "rule: [\n");
    const { cases, problems } = load();
    expect(cases.map((item) => item.name)).toEqual(["list [1]"]);
    expect(problems.map((item) => [item.name, item.line])).toEqual([
      ["broken", 2],
      ["list [2]", 4],
    ]);
  });
});

describe("loadCases values", () => {
  it("coerces to schema types", () => {
    repo.write(
      "test-cases/x.yaml",
      [
        "rule: 1218175F-C534-421C-8070-5DCAABF28067",
        "name: typed",
        "tables:",
        "  ZoomLogs:",
        "    - TimeGenerated: 2026-04-20T08:00:00Z",
        "      ChatEvents: { Channel: general, Message: hi }",
        "      Count: 4",
        "expect: { triggered: false }",
        "",
      ].join("\n"),
    );
    const { cases, problems } = load();
    expect(problems).toEqual([]);
    const [item] = cases;
    expect(item.name).toBe("typed");
    expect(item.rule).toEqual(RULES[0]);
    expect(item.tables.ZoomLogs.columns.map((column) => column.name)).toEqual([
      "TimeGenerated",
      "User",
      "ChatEvents",
      "Count",
    ]);
    expect(item.tables.ZoomLogs.rows).toEqual([
      [parseDatetime("2026-04-20T08:00:00Z"), "", '{"Channel":"general","Message":"hi"}', 4],
    ]);
    expect(item.warnings).toEqual([]);
  });

  it("at defaults to a minute after the latest event", () => {
    repo.write(
      "test-cases/x.yaml",
      "rule: rules/seed.yaml\ntables:\n  ZoomLogs:\n    - TimeGenerated: 2026-04-20T08:30:00Z\n    - TimeGenerated: 2026-04-20T08:00:00Z\nexpect: { triggered: false }\n",
    );
    expect(load().cases[0].at).toBe(parseDatetime("2026-04-20T08:31:00Z"));
  });

  it("unknown table gets inferred schema", () => {
    repo.write(
      "test-cases/x.yaml",
      "rule: rules/seed.yaml\ntables:\n  Custom_CL:\n    - { TimeGenerated: 2026-04-20T08:00:00Z, N: 2, R: 1.5, Ok: true, Bag: { a: 1 } }\nexpect: { triggered: false }\n",
    );
    const [item] = load().cases;
    expect(item.tables.Custom_CL.columns).toEqual([
      { name: "TimeGenerated", type: "datetime" },
      { name: "N", type: "long" },
      { name: "R", type: "real" },
      { name: "Ok", type: "bool" },
      { name: "Bag", type: "dynamic" },
    ]);
    expect(item.warnings.map((warning) => warning.message)).toEqual([
      "schema of Custom_CL inferred from the case's events",
    ]);
    expect(item.warnings[0].line).toBe(3);
  });

  it("column missing from schema warns", () => {
    repo.write(
      "test-cases/x.yaml",
      "rule: rules/seed.yaml\ntables:\n  ZoomLogs:\n    - { TimeGenerated: 2026-04-20T08:00:00Z, Usr: a }\nexpect: { triggered: false }\n",
    );
    const [item] = load().cases;
    expect(item.warnings.map((warning) => warning.message)).toEqual([
      "column 'Usr' is not in the schema of ZoomLogs; its type was inferred as string",
    ]);
  });

  it("reads NDJSON, CSV, JSON and YAML event files", () => {
    repo.write("test-cases/ev/a.ndjson", '{"TimeGenerated":"2026-04-20T08:00:00Z","Count":1}\n\n{"TimeGenerated":"2026-04-20T08:01:00Z","Count":2}\n');
    repo.write("test-cases/ev/b.csv", 'TimeGenerated,User,Count\n2026-04-20T08:02:00Z,"a, b",3\n2026-04-20T08:03:00Z,,\n');
    repo.write("test-cases/ev/c.json", '[{"TimeGenerated":"2026-04-20T08:04:00Z","Count":5}]');
    repo.write("test-cases/ev/d.yaml", "- { TimeGenerated: 2026-04-20T08:05:00Z, Count: 6 }\n");
    const files = ["ev/a.ndjson", "ev/b.csv", "ev/c.json", "ev/d.yaml"];
    files.forEach((file, index) =>
      repo.write(`test-cases/case${index}.yaml`, `rule: rules/seed.yaml\ntables:\n  ZoomLogs: { file: ${file} }\nexpect: { triggered: false }\n`),
    );

    const { cases, problems } = load();
    expect(problems).toEqual([]);
    const counts = cases.map((item) => item.tables.ZoomLogs.rows.map((row) => row[3]));
    expect(counts).toEqual([[1, 2], [3, null], [5], [6]]);
    expect(cases[1].tables.ZoomLogs.rows.map((row) => row[1])).toEqual(["a, b", ""]);
  });

  it("event file type error names its own line", () => {
    repo.write("test-cases/ev.ndjson", '{"TimeGenerated":"2026-04-20T08:00:00Z"}\n{"TimeGenerated":"later"}\n');
    repo.write("test-cases/x.yaml", "rule: rules/seed.yaml\ntables:\n  ZoomLogs: { file: ev.ndjson }\nexpect: { triggered: false }\n");
    const problem = onlyProblem();
    expect(problem.error.file).toBe("test-cases/ev.ndjson");
    expect(problem.error.line).toBe(2);
    expect(formatInputError(problem.error)).toBe(
      [
        "error: 'later' in column TimeGenerated of ZoomLogs is not a datetime: write it in ISO 8601, such as 2026-04-20T08:10:00Z",
        "  --> test-cases/ev.ndjson:2:1",
        '   | {"TimeGenerated":"later"}',
        "   | ^",
      ].join("\n"),
    );
  });

  it("zoom webhooks become ZoomLogs rows", () => {
    repo.write(
      "test-cases/x.yaml",
      [
        "rule: rules/seed.yaml",
        "zoom_webhooks:",
        "  - received_at: 2026-04-20T08:00:05Z",
        "    body:",
        "      event: chat_message.sent",
        "      payload: { operator: a@example.com, operator_id: u1, object: { channel_name: general, message: hi } }",
        "expect: { triggered: false }",
        "",
      ].join("\n"),
    );
    const [item] = load().cases;
    const table = item.tables.ZoomLogs;
    const row = Object.fromEntries(table.columns.map((column, index) => [column.name, table.rows[0][index]]));
    expect(row).toEqual({
      TimeGenerated: parseDatetime("2026-04-20T08:00:05Z"),
      User: "a@example.com",
      ChatEvents: '{"Channel":"general","Message":"hi"}',
      Count: null,
      Event: "chat_message.sent",
      UserId: "u1",
      payload_operator_s: "a@example.com",
      payload_operator_id_s: "u1",
      payload_object_channel_name_s: "general",
      payload_object_message_s: "hi",
    });
    expect(item.at).toBe(parseDatetime("2026-04-20T08:01:05Z"));
    expect(item.warnings).toEqual([]);
  });

  it("bad webhook time at received_at", () => {
    repo.write(
      "test-cases/x.yaml",
      "rule: rules/seed.yaml\nzoom_webhooks:\n  - received_at: soon\n    body: { event: chat_message.sent }\nexpect: { triggered: false }\n",
    );
    const problem = onlyProblem();
    expect(problem.error.message).toBe(
      "'soon' in column TimeGenerated of ZoomLogs is not a datetime: write it in ISO 8601, such as 2026-04-20T08:10:00Z",
    );
    expect(problem.error.line).toBe(3);
    expect(problem.error.column).toBe(18);
  });
});

describe("loadCases with declared properties", () => {
  const property = [
    "rule: rules/seed.yaml",
    "name: n channels",
    "at: 2026-04-20T09:00:00Z",
    "tables:",
    "  ZoomLogs:",
    "    - { TimeGenerated: 2026-04-20T08:10:00Z, User: a@example.com }",
    "property: { template: ZoomLogs, alertWhen: n > 3 }",
  ];

  it("skips a property file", () => {
    repo.write("test-cases/p.yaml", `${property.join("\n")}\n`);

    expect(load()).toEqual({ cases: [], problems: [] });
  });

  it("skips property items of a list", () => {
    const item = (lines: string[]) => lines.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`));
    const golden = ["rule: rules/seed.yaml", "name: golden", "at: 2026-04-20T09:00:00Z", "expect: { triggered: false }"];
    repo.write("test-cases/list.yaml", `${[...item(property), ...item(golden)].join("\n")}\n`);
    const { cases, problems } = load();

    expect(problems).toEqual([]);
    expect(cases.map((loaded) => [loaded.name, loaded.line])).toEqual([["golden", 8]]);
  });
});
