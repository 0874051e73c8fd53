import { InputError } from "../errors.js";
import { RuleSource, type SourceFile } from "./rule-source.js";
import type { RuleDialect } from "./types.js";
type JsonObject = Record<string, unknown>;
/** One rule's fields, renamed to the template names, ready for validation. */
export interface RuleDocument {
    readonly data: JsonObject;
    readonly source: RuleSource;
    readonly dialect: RuleDialect;
    readonly warnings: InputError[];
    readonly errors: InputError[];
    /** Top-level keys that are no rule field, as written; the model ignores them. */
    readonly unknownKeys: string[];
}
export declare const SEVERITIES: string[];
export declare const RULE_KINDS: string[];
export declare const AGGREGATION_KINDS: string[];
export declare const TACTICS: string[];
/**
 * Finds the rules in a parsed file: the file itself for the two YAML
 * dialects, each `alertRules` resource of an ARM template, or a REST
 * resource's `properties`. Raises an `InputError` when the file contains no rule.
 */
export declare function readRuleDocuments(file: SourceFile): RuleDocument[];
export declare function isObject(value: unknown): value is JsonObject;
export {};
