import type { GeoIpLocator } from "../kql/api.js";
import { compileQuery } from "../kql/compile-query.js";
import { compileRule, loadRules, runRule } from "../rules/index.js";
import { loadRepositorySchemas } from "../rules/schemas.js";
import type { CompiledRule } from "../rules/types.js";
import type { RuleEngine } from "./rule-engine.js";

/** The real rule model and KQL engine behind `runAll`. */
export const defaultRuleEngine: RuleEngine = {
  loadSchemas: (dir) => loadRepositorySchemas(dir),
  loadRules: (dir) => {
    const loaded = loadRules(dir);
    return { rules: loaded.rules, failures: loaded.failures };
  },
  compileRule: (rule, options) => compileRule(rule, options, compileQuery),
  runRule: (compiled, tables, at, externalData, locateIp) =>
    runRule(withIpLocator(compiled, locateIp), tables, at, externalData),
};

/** Returns a compiled rule whose every evaluation locates addresses with `locateIp`. */
function withIpLocator(
  compiled: CompiledRule,
  locateIp: GeoIpLocator | undefined,
): CompiledRule {
  if (!locateIp) return compiled;
  const { query } = compiled;
  return {
    ...compiled,
    query: { ...query, evaluate: (input) => query.evaluate({ ...input, locateIp }) },
  };
}
