import { InputError } from "../errors.js";
import type { Rule } from "./types.js";
/** A rule that could not be loaded, with its id and name when readable. */
export interface FailedRule {
    readonly file: string;
    readonly id?: string;
    readonly name?: string;
    readonly errors: InputError[];
}
/** Rules read from files, and every problem that kept a rule out. */
export interface LoadedRules {
    readonly rules: Rule[];
    readonly failures: FailedRule[];
    /** The errors of every failure. */
    readonly errors: InputError[];
}
export declare const RULE_EXTENSIONS: string[];
/**
 * Loads every rule under a folder (recursively, `.yaml`, `.yml` and
 * `.json`, in path order), or the rules of one file. A file that fails adds
 * its errors and never hides the other files' rules. Rule ids must be
 * unique across the folder: the second file using an id gets an error and
 * its rule is left out.
 */
export declare function loadRules(dir: string): LoadedRules;
/** Loads the rules of one file: one, or one per `alertRules` resource of ARM. */
export declare function loadRuleFile(file: string): LoadedRules;
/** Reads rules from a file's text; `file` only names it in errors. */
export declare function parseRules(file: string, text: string): LoadedRules;
