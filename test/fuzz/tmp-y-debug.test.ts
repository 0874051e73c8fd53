import { it } from "vitest";
import { fuzzRule } from "../../src/fuzz/index.js";
import { defaultRuleEngine as engine } from "../../src/cases/default-rule-engine.js";
import { loadRuleWithCases, schemaOptions, SEED_RULE, SEED_CASES, engine as seedEngine } from "./seed.js";
import { REPOSITORY_ROOT } from "./corpus.js";
it("debug", () => {
  const { rule, cases } = loadRuleWithCases(REPOSITORY_ROOT, SEED_RULE, SEED_CASES);
  const result = fuzzRule(rule, cases, { engine: seedEngine, schemas: schemaOptions(), root: REPOSITORY_ROOT, runs: 10, seed: 1, timeBudgetMs: 0 });
  console.log(JSON.stringify(result.properties.filter((p) => p.status === "failed"), null, 1).slice(0, 3000));
});
