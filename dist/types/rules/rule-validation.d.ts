import type { InputError } from "../errors.js";
import type { RuleDocument } from "./rule-dialects.js";
/** Counts the `{{Column}}` placeholders of an alert details format. */
export declare function countPlaceholders(format: string): number;
/**
 * Checks a rule's fields against the rule schema and the rules JSON Schema
 * cannot state. Returns one `InputError` per violation, placed at the
 * offending key or value.
 */
export declare function validateRuleDocument(document: RuleDocument): InputError[];
