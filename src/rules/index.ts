export { buildAlerts, MAX_ALERTS_PER_RUN, MAX_NRT_ALERTS_PER_RUN } from "./alerts.js";
export { formatDuration, parseDuration } from "./duration.js";
export { buildEntities, MAX_ENTITIES_PER_ALERT } from "./entities.js";
export { ENTITY_TYPES, ENTITY_TYPE_NAMES, type EntityTypeSpec } from "./entity-types.js";
export { queryPositionMap, rebaseQueryError, type QueryPositionMap } from "./query-position.js";
export {
  compileRule,
  mappedColumns,
  placeholderColumns,
  tryCompileRule,
  type CompileRuleResult,
  type QueryCompiler,
} from "./rule-compiler.js";
export {
  loadRuleFile,
  loadRules,
  parseRules,
  RULE_EXTENSIONS,
  type FailedRule,
  type LoadedRules,
} from "./rule-loader.js";
export { RULE_SCHEMA } from "./rule-schema.js";
export {
  parseSourceFile,
  RuleSource,
  SourceFile,
  type PathSegment,
  type SourcePosition,
} from "./rule-source.js";
export { compileOptionsOf, kustoType, loadSchemas, type LoadedSchemas } from "./schemas.js";
export { isTriggered, restrictToWindow, runRule, runWindow, type RunWindow } from "./run.js";
export type * from "./types.js";
