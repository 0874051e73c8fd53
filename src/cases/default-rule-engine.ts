import { compileQuery } from "../kql/compile-query.js";
import { compileRule, loadRules, loadSchemas, runRule } from "../rules/index.js";
import type { RuleEngine } from "./rule-engine.js";

/** The real rule model and KQL engine behind `runAll`. */
export const defaultRuleEngine: RuleEngine = {
  loadSchemas: (dir) => loadSchemas(dir),
  loadRules: (dir) => {
    const loaded = loadRules(dir);
    return { rules: loaded.rules, failures: loaded.failures };
  },
  compileRule: (rule, options) => compileRule(rule, options, compileQuery),
  runRule: (compiled, tables, at) => runRule(compiled, tables, at),
};
