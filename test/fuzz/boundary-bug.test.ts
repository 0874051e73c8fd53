import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCases } from "../../src/cases/case-loader.js";
import type { GoldenCase } from "../../src/cases/case-loader.js";
import { compareRun } from "../../src/cases/compare.js";
import { fuzzRule, loadDeclaredProperties } from "../../src/fuzz/index.js";
import type { FuzzResult } from "../../src/fuzz/index.js";
import { passingCases } from "../../src/fuzz/mutants.js";
import { createRuleRunner } from "../../src/fuzz/rule-runner.js";
import { loadSchemas } from "../../src/rules/index.js";
import type { Rule } from "../../src/rules/types.js";
import { REPOSITORY_ROOT } from "./corpus.js";
import { engine, loadRuleWithCases, schemaOptions, SEED_RULE } from "./seed.js";

// A copy of the seed rule with `>` changed to `>=`, tested by the seed's
// golden cases without the three-channel case that pins the boundary, and
// by a declared property that states the intended boundary.
const FIXTURES = join(REPOSITORY_ROOT, "test", "fuzz", "fixtures", "link-sharing");
const KEPT_CASES = ["four-channels.yaml", "two-channels.yaml", "plain-text.yaml"];
const PROPERTY = "boundary (declared): one link in n distinct channels alerts exactly when n > 3";

describe("boundary bug in a copy of the seed rule", () => {
  let root: string;
  let rule: Rule;
  let cases: GoldenCase[];
  let result: FuzzResult;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "fuzz-boundary-"));
    writeCopy(root);
    ({ rule, cases } = loadRuleWithCases(root, "rules/links.yaml", "cases"));
    const { tables } = loadSchemas(join(REPOSITORY_ROOT, "schemas"));
    const declared = loadDeclaredProperties({
      root,
      casesDir: "properties",
      schemas: tables,
      rules: [{ id: rule.id, file: "rules/links.yaml" }],
    });
    result = fuzzRule(rule, cases, {
      engine,
      schemas: schemaOptions(),
      root,
      runs: 50,
      seed: 7,
      declared: declared.properties,
      writeCounterexamples: join(root, "counterexamples"),
    });
  }, 60_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("still passes the golden cases", () => {
    const runner = createRuleRunner(rule, engine, schemaOptions());

    expect(passingCases(cases, runner).map((item) => item.name)).toEqual([
      "same link in four channels raises one alert",
      "text without a link raises no alert",
      "same link in two channels raises no alert",
    ]);
  });

  it("fails the declared boundary", () => {
    const property = result.properties.find((p) => p.name === PROPERTY);

    expect(property?.status).toBe("failed");
    expect(property?.seed).toBe(7);
    expect(property?.message).toBe("n = 3 raised an alert, but n > 3 is false");
  });

  it("writes a shrunk counterexample case", () => {
    const property = result.properties.find((p) => p.name === PROPERTY);
    const file = property?.counterexampleFile ?? "";
    const written = loadWrittenCase(root, file, rule);

    expect(file).toBe("counterexamples/rules/links.boundary-declared-one-link-in-n-distinct-channels-alerts-exactly-when-n-3.yaml");
    expect(written.name).toBe("n = 3: no alert (n > 3)");
    expect(written.tables.ZoomLogs.rows).toHaveLength(3);
    expect(written.expect).toEqual({ triggered: false, alerts: [], line: 28 });
    expect(readFileSync(join(root, file), "utf8")).toMatch(/^# shrunk counterexample of /);
  });

  it("fails the buggy copy, passes the seed", () => {
    const property = result.properties.find((p) => p.name === PROPERTY);
    const written = loadWrittenCase(root, property?.counterexampleFile ?? "", rule);
    const seed = loadRuleWithCases(REPOSITORY_ROOT, SEED_RULE, "test/fuzz/fixtures/link-sharing/cases").rule;

    expect(caseOutcome(rule, written)).toBe(false);
    expect(caseOutcome(seed, written)).toBe(true);
  });

  it("names the surviving mutant", () => {
    const mutant = result.mutants.find(
      (m) => m.description === "line 9: '>=' to '>' in 'ChannelCount >= threshold'",
    );

    expect(mutant?.status).toBe("survived");
    expect(mutant?.suggestion).toMatchObject({
      case: {
        name: "ChannelCount = 3, which kills 'line 9: '>=' to '>' in 'ChannelCount >= threshold''",
        expect: { triggered: true },
      },
    });
  });
});

function writeCopy(root: string): void {
  for (const folder of ["rules", "cases", "properties"]) mkdirSync(join(root, folder));

  const seed = readFileSync(join(REPOSITORY_ROOT, SEED_RULE), "utf8");
  writeFileSync(join(root, "rules", "links.yaml"), seed.replace("ChannelCount > threshold", "ChannelCount >= threshold"));
  for (const name of KEPT_CASES) {
    const text = readFileSync(join(FIXTURES, "cases", name), "utf8");
    writeFileSync(join(root, "cases", name), text.replace(SEED_RULE, "rules/links.yaml"));
  }
  const property = readFileSync(join(FIXTURES, "properties", "link-in-n-channels.yaml"), "utf8");
  writeFileSync(join(root, "properties", "links.yaml"), property.replace(SEED_RULE, "rules/links.yaml"));
}

function loadWrittenCase(root: string, file: string, rule: Rule): GoldenCase {
  const { tables } = loadSchemas(join(REPOSITORY_ROOT, "schemas"));
  const loaded = loadCases({ root, casesDir: "counterexamples", schemas: tables, rules: [{ id: rule.id, file: "rules/links.yaml" }] });
  const found = loaded.cases.find((item) => item.file === file);
  if (!found) throw new Error(`${file} was not loaded: ${JSON.stringify(loaded.problems)}`);
  return found;
}

function caseOutcome(rule: Rule, item: GoldenCase): boolean {
  const runner = createRuleRunner(rule, engine, schemaOptions());
  return compareRun(item.expect, runner.run(item.tables, item.at)).passed;
}
