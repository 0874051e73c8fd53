/**
 * Regular expressions, which KQL defines as RE2
 * (https://learn.microsoft.com/kusto/query/re2). They run on `re2js`, in
 * time linear in the input, so a hostile pattern cannot hang a run.
 */
import { RE2JS, RE2JSException, type Matcher } from "re2js";
import { InputError } from "../../errors.js";
import type { Value } from "../types.js";
import { cachePerString } from "./define.js";
import type { CallSite } from "./registry.js";

/** Compiles a pattern, raising an `InputError` of kind `regex` when RE2 rejects it. */
export function compileRegex(pattern: string, flags = 0): RE2JS {
  try {
    return RE2JS.compile(pattern, flags);
  } catch (error: unknown) {
    if (!(error instanceof RE2JSException)) throw error;
    throw new InputError(`invalid regular expression '${pattern}': ${error.message}`, {
      kind: "regex",
      hint: "KQL regular expressions use RE2 syntax, which has no lookaround or backreferences",
    });
  }
}

/**
 * Returns a function from a row's pattern argument to its compiled regex:
 * the pattern is compiled once when it is a constant, and otherwise once
 * per distinct pattern text.
 */
export function regexArg(site: CallSite, index: number, flags = 0): (pattern: Value) => RE2JS {
  const constant = site.constants[index];
  if (typeof constant === "string") {
    const compiled = compileRegex(constant, flags);
    return () => compiled;
  }
  const compile = cachePerString((pattern) => compileRegex(pattern, flags), 256);
  return (pattern) => compile(pattern === null ? "" : String(pattern));
}

/** Characters that stand for themselves in a pattern. */
const PLAIN = /[A-Za-z0-9 _\-:\/=@,;'"<>%&!~#]/;

/** Punctuation that `\` turns into a literal. */
const ESCAPED = /[\\.\/\-:=@,;'"<>%&!~#()[\]{}*+?^$|]/;

/**
 * Returns the literal text every match of `pattern` starts with, such as
 * `http` for `http(s?):\/\/`, or "" when this simple scan cannot prove
 * one. The scan gives up on alternation and flags, stops at any construct
 * other than plain and escaped characters, and drops a last character
 * that a quantifier makes optional.
 */
export function requiredPrefix(pattern: string): string {
  if (pattern.includes("|") || pattern.includes("(?")) return "";
  let literal = "";
  let i = pattern.startsWith("^") ? 1 : 0;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "\\" && i + 1 < pattern.length && ESCAPED.test(pattern[i + 1])) {
      literal += pattern[i + 1];
      i += 2;
    } else if (PLAIN.test(char)) {
      literal += char;
      i++;
    } else {
      break;
    }
  }
  const next = pattern[i];
  if (next === "*" || next === "?" || next === "{") literal = literal.slice(0, -1);
  return literal;
}

/** Calls `visit` for each non-overlapping match, left to right. */
export function forEachMatch(regex: RE2JS, text: string, visit: (matcher: Matcher) => void): void {
  const matcher = regex.matcher(text);
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    visit(matcher);
    const end = matcher.end();
    from = end === matcher.start() ? end + 1 : end;
  }
}

/**
 * Expands a KQL rewrite pattern for one match: `\0` is the whole match and
 * `\1` to `\9` are capture groups (an unmatched group is empty).
 */
export function expandRewrite(rewrite: string, matcher: Matcher): string {
  return rewrite.replace(/\\(\d)/g, (reference, digit: string) => {
    const group = Number(digit);
    if (group > matcher.groupCount()) return reference;
    return matcher.group(group) ?? "";
  });
}

/** Replaces every match of `regex` in `text` by the expanded `rewrite`. */
export function replaceAll(regex: RE2JS, text: string, rewrite: string): string {
  let result = "";
  let last = 0;
  forEachMatch(regex, text, (matcher) => {
    result += text.slice(last, matcher.start()) + expandRewrite(rewrite, matcher);
    last = matcher.end();
  });
  return result + text.slice(last);
}
