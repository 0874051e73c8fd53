/**
 * The KQL engine: parse and analyse a query with Kusto.Language, lower it
 * into the engine's plan, compile the plan into closures, evaluate it.
 */
export type { CompileOptions, CompiledQuery, EvaluationInput } from "./api.js";
export { compileQuery, lowerQuery } from "./compile-query.js";
export { evaluateQuery } from "./evaluate-query.js";
export type { EvaluateQueryOptions, TableInput, TableWithSchema, } from "./evaluate-query.js";
export { defaultSchemasDir, kustoTypeOf, loadSchemas } from "./schemas.js";
export { analyzeFeatures } from "./features.js";
export type { FeatureReport } from "./features.js";
export { tableToJson } from "./result-json.js";
export type { ResultJson } from "./result-json.js";
export { positionAt } from "./query-errors.js";
export type * from "./plan/types.js";
export { formatPlan, inputsOf, scalarText } from "./plan/format.js";
export { assertNever } from "./plan/types.js";
export type { Column, KustoType, Table, Value } from "./types.js";
