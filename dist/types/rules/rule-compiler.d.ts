import { InputError } from "../errors.js";
import type { CompiledQuery, CompileOptions } from "../kql/api.js";
import type { PathSegment } from "./rule-source.js";
import type { CompiledRule, Rule } from "./types.js";
/** A function that compiles KQL, such as the engine's `compileQuery`. */
export type QueryCompiler = (text: string, options: CompileOptions) => CompiledQuery;
export interface CompileRuleResult {
    readonly compiled: CompiledRule | null;
    readonly errors: InputError[];
}
/** A result column the rule maps, and where the rule names it. */
interface MappedColumn {
    readonly column: string;
    readonly path: PathSegment[];
    /** The mapping's name in messages: `entity Account, identifier FullName,`. */
    readonly use: string;
}
/**
 * Compiles a rule's query once and checks that every column the rule maps
 * (entity identifiers, custom details, alert details placeholders and
 * columns) is in the query's result. Engine errors are moved from the
 * query text onto the rule file. Returns every problem found.
 */
export declare function tryCompileRule(rule: Rule, options: CompileOptions, compile?: QueryCompiler): CompileRuleResult;
/** Compiles a rule like `tryCompileRule`, raising its first problem. */
export declare function compileRule(rule: Rule, options: CompileOptions, compile?: QueryCompiler): CompiledRule;
/** Lists every result column the rule reads, with where the rule names it. */
export declare function mappedColumns(rule: Rule): MappedColumn[];
/** Returns the columns of a format's `{{Column}}` placeholders, in order. */
export declare function placeholderColumns(format: string): string[];
export {};
