import type { AnalyzedQuery } from "./analyze.js";
import type { CompileOptions, CompiledQuery } from "./api.js";
import type { SchemaNeeded } from "./lower/schema-needed.js";
type QueryCompiler = (text: string, options: CompileOptions) => CompiledQuery;
/**
 * Compiles a query whose operator at `needed.insertAt` has data-dependent
 * columns. Each evaluation first evaluates the operator's input, derives
 * the columns, writes them into the query as the operator's output schema
 * (`evaluate bag_unpack(d) : (a:long, b:string)`), and evaluates that
 * query, compiled once per column set. Later operators of the same kind
 * repeat the step inside that compilation.
 *
 * NOTE: the operator's input is evaluated twice per evaluation, once for
 * its columns and once inside the completed query.
 */
export declare function compileWithRuntimeSchema(text: string, options: CompileOptions, analyzed: AnalyzedQuery, needed: SchemaNeeded, compile: QueryCompiler): CompiledQuery;
export {};
