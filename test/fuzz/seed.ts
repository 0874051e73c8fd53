import { join } from "node:path";
import { loadCases } from "../../src/cases/case-loader.js";
import type { GoldenCase } from "../../src/cases/case-loader.js";
import { defaultRuleEngine } from "../../src/cases/default-rule-engine.js";
import type { CompileOptions } from "../../src/kql/api.js";
import { compileOptionsOf, loadRuleFile, loadSchemas } from "../../src/rules/index.js";
import type { Rule } from "../../src/rules/types.js";
import { REPOSITORY_ROOT } from "./corpus.js";

export const SEED_RULE = "rules/zoom/SupiciousLinkSharing.yaml";
export const SEED_CASES = "test/fuzz/fixtures/link-sharing/cases";
export const engine = defaultRuleEngine;

/** Loads the repository's table schemas, as the engine takes them. */
export function schemaOptions(): CompileOptions {
  return compileOptionsOf(loadSchemas(join(REPOSITORY_ROOT, "schemas")));
}

/** Loads one rule file (path from `root`) and the golden cases under `casesDir`. */
export function loadRuleWithCases(
  root: string,
  ruleFile: string,
  casesDir: string,
): { rule: Rule; cases: GoldenCase[] } {
  const loaded = loadRuleFile(join(root, ruleFile));
  const rule = loaded.rules[0];
  if (!rule) throw new Error(`${ruleFile} did not load: ${JSON.stringify(loaded)}`);

  const { tables } = loadSchemas(join(REPOSITORY_ROOT, "schemas"));
  const cases = loadCases({ root, casesDir, schemas: tables, rules: [{ id: rule.id, file: ruleFile }] });
  if (cases.problems.length > 0) throw cases.problems[0].error;
  return { rule, cases: cases.cases };
}
