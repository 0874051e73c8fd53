import type { RuleEngine } from "./rule-engine.js";
/** The real rule model and KQL engine behind `runAll`. */
export declare const defaultRuleEngine: RuleEngine;
