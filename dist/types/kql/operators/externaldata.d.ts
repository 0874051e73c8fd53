import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { ExternalDataPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/**
 * Lowers `externaldata (schema) [url, ...] with (format=..., ignoreFirstRecord=...)`
 * (https://learn.microsoft.com/kusto/query/externaldata-operator). The
 * engine fetches nothing: at evaluation the rows come from
 * `EvaluationInput.externalData`. Without `format`, the format comes from
 * the URL's file extension, and is `csv` when that is not a known format.
 * Other properties, such as `ingestionMapping`, and URLs that are not
 * constant raise an `unsupported` error.
 */
export declare function lowerExternalData(node: SyntaxNode, context: LowerContext): ExternalDataPlan;
/**
 * Evaluates `externaldata`: the rows of each URL's content in turn, in the
 * declared columns. A URL with no content in the evaluation input reads
 * no rows. A value that does not convert to its column's type raises an
 * `InputError` naming the URL.
 */
export declare function compileExternalData(plan: ExternalDataPlan, compiler: Compiler): TableFunction;
