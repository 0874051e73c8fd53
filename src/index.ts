/**
 * The library surface of kql-rule-test: the engine (`evaluateQuery`,
 * `compileQuery`), the golden-case run (`runAll`, `exitCodeFor`), the report
 * formatters, the input error, and their types.
 */
export { compileQuery } from "./kql/index.js";
export { evaluateQuery } from "./library-query.js";
export type {
  CompileOptions,
  CompiledQuery,
  EvaluateQueryOptions,
  EvaluationInput,
  ResultJson,
  TableInput,
} from "./kql/index.js";
export type { Column, KustoType, Table, Value } from "./kql/types.js";
export { exitCodeFor, runAll } from "./cases/run.js";
export type { RunAllOptions } from "./cases/run.js";
export { InputError, formatInputError } from "./errors.js";
export type * from "./report/types.js";
export { formatTextReport, shouldColor } from "./report/text.js";
export { formatJsonReport } from "./report/json.js";
export { formatJunitReport } from "./report/junit.js";
export { formatJobSummary } from "./report/job-summary.js";
export { buildAnnotations } from "./report/github.js";
export { stringifyJson } from "./report/json-text.js";
