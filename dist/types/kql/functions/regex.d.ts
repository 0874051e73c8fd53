/**
 * Regular expressions, which KQL defines as RE2
 * (https://learn.microsoft.com/kusto/query/re2). They run on `re2js`, in
 * time linear in the input, so a hostile pattern cannot hang a run.
 */
import { RE2JS, type Matcher } from "re2js";
import type { Value } from "../types.js";
import type { CallSite } from "./registry.js";
/** Compiles a pattern, raising an `InputError` of kind `regex` when RE2 rejects it. */
export declare function compileRegex(pattern: string, flags?: number): RE2JS;
/**
 * Returns a function from a row's pattern argument to its compiled regex:
 * the pattern is compiled once when it is a constant, and otherwise once
 * per distinct pattern text.
 */
export declare function regexArg(site: CallSite, index: number, flags?: number): (pattern: Value) => RE2JS;
/**
 * Returns the literal text every match of `pattern` starts with, such as
 * `http` for `http(s?):\/\/`, or "" when this simple scan cannot prove
 * one. The scan gives up on alternation and flags, stops at any construct
 * other than plain and escaped characters, and drops a last character
 * that a quantifier makes optional.
 */
export declare function requiredPrefix(pattern: string): string;
/** Calls `visit` for each non-overlapping match, left to right. */
export declare function forEachMatch(regex: RE2JS, text: string, visit: (matcher: Matcher) => void): void;
/**
 * Expands a KQL rewrite pattern for one match: `\0` is the whole match and
 * `\1` to `\9` are capture groups (an unmatched group is empty).
 */
export declare function expandRewrite(rewrite: string, matcher: Matcher): string;
/** Replaces every match of `regex` in `text` by the expanded `rewrite`. */
export declare function replaceAll(regex: RE2JS, text: string, rewrite: string): string;
