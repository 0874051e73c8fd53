import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { declaredScenario, loadDeclaredProperties } from "../../src/fuzz/declared.js";
import { parseDatetime } from "../../src/kql/types.js";
import { REPOSITORY_ROOT, repositorySchemas } from "./corpus.js";
import { SEED_RULE } from "./seed.js";

const RULES = [{ id: "1218175f-c534-421c-8070-5dcaabf28067", file: SEED_RULE }];

describe("loadDeclaredProperties", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  const loadText = (text: string) => {
    root = mkdtempSync(join(tmpdir(), "fuzz-declared-"));
    mkdirSync(join(root, "cases"));
    writeFileSync(join(root, "cases", "property.yaml"), text);
    return loadDeclaredProperties({ root, casesDir: "cases", schemas: repositorySchemas(), rules: RULES });
  };

  it("reads the fixture", () => {
    const loaded = loadDeclaredProperties({
      root: REPOSITORY_ROOT,
      casesDir: "test/fuzz/fixtures/link-sharing/properties",
      schemas: repositorySchemas(),
      rules: RULES,
    });
    const [property] = loaded.properties;

    expect(loaded.errors).toEqual([]);
    expect(property.name).toBe("one link in n distinct channels alerts exactly when n > 3");
    expect(property.file).toBe("test/fuzz/fixtures/link-sharing/properties/link-in-n-channels.yaml");
    expect(property.line).toBe(11);
    expect(property.rule).toEqual(RULES[0]);
    expect(property.at).toBe(parseDatetime("2026-04-20T09:00:00Z"));
    expect(property.table).toBe("ZoomLogs");
    expect(property.varied).toEqual({ column: "ChatEvents", path: ["Channel"] });
    expect(property.as).toBe("distinct");
    expect(property.relation).toEqual({ operator: ">", value: 3 });
    expect(property.alert).toEqual({ User: "user1@example.com" });
    expect(property.range).toEqual({ min: 1, max: 6 });
  });

  it("builds a scenario", () => {
    const loaded = loadDeclaredProperties({
      root: REPOSITORY_ROOT,
      casesDir: "test/fuzz/fixtures/link-sharing/properties",
      schemas: repositorySchemas(),
      rules: RULES,
    });
    const scenario = declaredScenario(loaded.properties[0]);

    expect(scenario.name).toBe("boundary (declared): one link in n distinct channels alerts exactly when n > 3");
    expect(scenario.measure).toBe("distinct");
    expect(scenario.column).toBe("n");
    expect(scenario.timeColumn).toBeNull();
    expect(scenario.group).toEqual({ User: "user1@example.com" });
  });

  it.each([
    {
      problem: "a relation that is not on n",
      property: "  alertWhen: count > 3",
      message: "'count > 3' is not a relation on n",
      line: 8,
    },
    {
      problem: "an unknown key",
      property: "  alertWhen: n > 3\n  repeat: 4",
      message: "unknown key 'repeat' in property",
      line: 9,
    },
    {
      problem: "a range upside down",
      property: "  alertWhen: n > 3\n  n: [5, 2]",
      message: "`n` must be [min, max], two whole numbers from 0 up",
      line: 9,
    },
    {
      problem: "an unknown as",
      property: "  alertWhen: n > 3\n  as: count",
      message: "'count' is not distinct or sum",
      line: 9,
    },
  ])("rejects $problem", ({ property, message, line }) => {
    const text = [
      `rule: ${SEED_RULE}`,
      "at: 2026-04-20T09:00:00Z",
      "tables:",
      "  ZoomLogs:",
      "    - { TimeGenerated: 2026-04-20T08:10:00Z, User: a@example.com }",
      "property:",
      "  template: ZoomLogs",
      property,
    ].join("\n");
    const loaded = loadText(text);

    expect(loaded.properties).toEqual([]);
    expect(loaded.errors.map((e) => [e.message, e.line, e.kind])).toEqual([[message, line, "property"]]);
  });

  it("rejects an unknown rule", () => {
    const loaded = loadText("rule: rules/none.yaml\nat: 2026-04-20T09:00:00Z\nproperty: { alertWhen: n > 1 }\n");

    expect(loaded.errors.map((e) => [e.message, e.line])).toEqual([["no rule 'rules/none.yaml' found", 1]]);
  });

  it("skips golden cases", () => {
    const loaded = loadText(`rule: ${SEED_RULE}\nexpect: { triggered: false }\n`);

    expect(loaded).toEqual({ properties: [], errors: [] });
  });
});

describe("declared vary", () => {
  it("rejects an unknown column", () => {
    const root = mkdtempSync(join(tmpdir(), "fuzz-declared-"));
    mkdirSync(join(root, "cases"));
    const text = [
      `rule: ${SEED_RULE}`,
      "at: 2026-04-20T09:00:00Z",
      "tables:",
      "  ZoomLogs:",
      "    - { TimeGenerated: 2026-04-20T08:10:00Z, User: a@example.com }",
      "property:",
      "  vary: Chanel.Name",
      "  alertWhen: n > 3",
    ].join("\n");
    writeFileSync(join(root, "cases", "property.yaml"), text);
    const loaded = loadDeclaredProperties({ root, casesDir: "cases", schemas: repositorySchemas(), rules: RULES });
    rmSync(root, { recursive: true, force: true });

    expect(loaded.errors.map((e) => [e.message, e.line])).toEqual([
      ["column 'Chanel' is not in the template's table", 7],
    ]);
    expect(loaded.errors[0].hint).toMatch(/^use one of TimeGenerated, Event, /);
  });
});
