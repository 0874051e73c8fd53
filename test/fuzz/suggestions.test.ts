import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCases } from "../../src/cases/case-loader.js";
import { compileOptionsOf, loadSchemas } from "../../src/rules/index.js";
import { fuzzRule, type FuzzResult } from "../../src/fuzz/index.js";
import { generateMutants } from "../../src/fuzz/mutant-generation.js";
import { runMutants } from "../../src/fuzz/mutants.js";
import { createRuleRunner } from "../../src/fuzz/rule-runner.js";
import { suggestKillingCase } from "../../src/fuzz/suggestions.js";
import { loadRuleFile } from "../../src/rules/rule-loader.js";
import type { Rule } from "../../src/rules/types.js";
import { makeTempRepo, type TempRepo } from "../cases/temp-repo.js";
import { REPOSITORY_ROOT } from "./corpus.js";
import { engine, loadRuleWithCases, SEED_CASES, SEED_RULE } from "./seed.js";

const schemas = compileOptionsOf(loadSchemas(join(REPOSITORY_ROOT, "schemas")));

const SPRAY_RULE = [
  "id: 7d0c5a4e-3a57-4c8e-9a61-2f4d1f0b9c11",
  "name: Failed sign-ins from several addresses",
  "description: Many failed sign-ins of one user.",
  "severity: Medium",
  "queryFrequency: 1h",
  "queryPeriod: 1h",
  "triggerOperator: gt",
  "triggerThreshold: 0",
  "query: |",
  "  SigninLogs",
  '  | where ResultType != "0"',
  "  | summarize Addresses = make_set(IPAddress), FailedCount = count() by UserPrincipalName",
  "  | extend AddressCount = array_length(Addresses)",
  "  | where FailedCount > 4",
  "kind: Scheduled",
  "",
].join("\n");

/** Five failed sign-ins of one user from five addresses; the case checks the user and the count. */
function sprayCase(): string {
  const rows = [1, 2, 3, 4, 5].map((n) =>
    [
      `    - TimeGenerated: 2026-04-20T08:1${n}:00Z`,
      "      UserPrincipalName: ann@example.com",
      '      ResultType: "50126"',
      `      IPAddress: 203.0.113.${n}`,
    ].join("\n"),
  );
  return [
    "rule: rules/spray.yaml",
    "name: five failures alert",
    "at: 2026-04-20T09:00:00Z",
    "tables:",
    "  SigninLogs:",
    ...rows,
    "expect:",
    "  triggered: true",
    "  alerts:",
    "    - columns: { UserPrincipalName: ann@example.com, FailedCount: 5 }",
    "",
  ].join("\n");
}

const MAKE_LIST = "'make_set' to 'make_list' in 'make_set(IPAddress)'";

/** Loads a written suggested case and runs it on the rule and on the mutant. */
function replaySuggestion(repo: TempRepo, rule: Rule, file: string, description: string) {
  const loaded = loadCases({
    root: repo.root,
    casesDir: file,
    schemas: loadSchemas(join(REPOSITORY_ROOT, "schemas")).tables,
    rules: [{ id: rule.id, file: "rules/spray.yaml" }],
  });
  if (loaded.problems.length > 0) throw loaded.problems[0].error;
  const runner = createRuleRunner(rule, engine, schemas);
  const mutant = generateMutants(rule.query, schemas).find((item) => item.description.includes(description));
  if (!mutant) throw new Error(`no mutant ${description}`);
  return runMutants([mutant], loaded.cases, runner, Date.now() + 60_000)[0];
}

describe("suggested case for make_set to make_list", () => {
  let repo: TempRepo;
  let rule: Rule;
  let result: FuzzResult;

  beforeAll(() => {
    repo = makeTempRepo("kql-suggest-");
    repo.write("rules/spray.yaml", SPRAY_RULE);
    repo.write("test-cases/spray.yaml", sprayCase());
    rule = loadRuleFile(join(repo.root, "rules/spray.yaml")).rules[0];
    const { cases } = loadCases({
      root: repo.root,
      casesDir: "test-cases",
      schemas: schemas.tables ?? {},
      rules: [{ id: rule.id, file: "rules/spray.yaml" }],
    });
    result = fuzzRule(rule, cases, {
      engine,
      schemas,
      root: repo.root,
      runs: 20,
      seed: 7,
      timeBudgetMs: 60_000,
      writeCounterexamples: join(repo.root, "suggested"),
    });
  }, 60_000);

  afterAll(() => repo.remove());

  it("survives the golden case", () => {
    const mutant = result.mutants.find((item) => item.description.includes(MAKE_LIST));
    expect(mutant?.status).toBe("survived");
  });

  // The first candidate repeats one address five times, as a boundary input.
  it("compares the differing columns", () => {
    const mutant = result.mutants.find((item) => item.description.includes(MAKE_LIST));
    const suggestion = mutant?.suggestion as { case: { expect: unknown }; file: string };

    expect(suggestion.case.expect).toEqual({
      triggered: true,
      alerts: [
        {
          columns: {
            UserPrincipalName: "ann@example.com",
            FailedCount: 5,
            Addresses: ["203.0.113.1"],
            AddressCount: 1,
          },
        },
      ],
    });
  });

  it("kills the mutant once written", () => {
    const mutant = result.mutants.find((item) => item.description.includes(MAKE_LIST));
    const { file } = mutant?.suggestion as { file: string };
    const outcome = replaySuggestion(repo, rule, file, MAKE_LIST);

    expect(readFileSync(join(repo.root, file), "utf8")).toMatch(/^# suggested case that kills the mutant /);
    expect(outcome.status).toBe("killed");
  });

  it("suggests none for an equivalent change", () => {
    const runner = createRuleRunner(rule, engine, schemas);
    const query = rule.query.replace("array_length(Addresses)", "array_length(Addresses) + 0");
    const mutant = { kind: "aggregate" as const, description: "add zero", offset: 0, length: 0, replacement: "", query };
    const candidate = { name: "any", tables: {}, at: 0, columns: [] };

    expect(suggestKillingCase(mutant, [candidate], runner)).toBeUndefined();
  });
});

describe("suggested cases of the seed rule", () => {
  it("each kills its mutant", () => {
    const { rule, cases } = loadRuleWithCases(REPOSITORY_ROOT, SEED_RULE, SEED_CASES);
    const runner = createRuleRunner(rule, engine, schemas);
    const result = fuzzRule(rule, cases, { engine, schemas, root: REPOSITORY_ROOT, runs: 20, seed: 42, timeBudgetMs: 60_000 });
    const survivors = result.mutants.filter((mutant) => mutant.status === "survived");

    expect(survivors.length).toBeGreaterThan(0);
    for (const survivor of survivors) {
      const mutant = generateMutants(rule.query, schemas).find((item) => item.description === survivor.description);
      const written = (survivor.suggestion as { case: { tables: unknown; expect: unknown } }).case;
      const repo = makeTempRepo("kql-seed-suggest-");
      try {
        repo.write("case.yaml", JSON.stringify({ rule: SEED_RULE, ...written }));
        const loaded = loadCases({ root: repo.root, casesDir: "case.yaml", schemas: schemas.tables ?? {}, rules: [{ id: rule.id, file: SEED_RULE }] });
        const outcome = runMutants(mutant ? [mutant] : [], loaded.cases, runner, Date.now() + 60_000);
        expect([survivor.description, outcome[0]?.status]).toEqual([survivor.description, "killed"]);
      } finally {
        repo.remove();
      }
    }
  }, 60_000);
});
