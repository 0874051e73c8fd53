/**
 * Functions built on regular expressions: `matches regex`, `extract`,
 * `extract_all`, `replace_regex`, `replace`, `trim`, `trim_start`,
 * `trim_end`, `countof`. Pages: https://learn.microsoft.com/kusto/query/
 * followed by `matches-regex-operator`, `extract-function`,
 * `extract-all-function`, `replace-regex-function`, `trim-function`,
 * `countof-function`.
 */
import type { RE2JS } from "re2js";
import type { Value } from "../types.js";
import { convertValue } from "../values/convert.js";
import { cachePerString, scalar, stringArg, unsupported } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";
import {
  compileRegex,
  forEachMatch,
  regexArg,
  replaceAll,
  requiredPrefix,
} from "./regex.js";

/**
 * `text matches regex pattern`: true when the pattern matches anywhere in
 * the text. With a constant pattern, a text without the literal the
 * pattern starts with fails without running the regex, and results are
 * cached per distinct text.
 */
function matchesRegex(site: CallSite): ScalarImpl {
  const text = stringArg(site, 0);
  const constant = site.constants[1];
  if (typeof constant === "string") {
    const regex = compileRegex(constant);
    const literal = requiredPrefix(constant);
    const test = cachePerString((value) => regex.matcher(value).find());
    return ([value]) => {
      const searched = text(value);
      if (literal !== "" && !searched.includes(literal)) return false;
      return test(searched);
    };
  }
  const regex = regexArg(site, 1);
  return ([value, pattern]) => regex(pattern).matcher(text(value)).find();
}

/**
 * `extract(regex, group, text[, type])`: the first match's capture group
 * (0 is the whole match), converted to the result type; "" or null when
 * nothing matches.
 */
function extract(site: CallSite): ScalarImpl {
  const regex = regexArg(site, 0);
  const text = stringArg(site, 2);
  const resultType = site.resultType;
  const missing = resultType === "string" ? "" : null;
  return ([pattern, group, source]) => {
    if (group === null) return missing;
    const matcher = regex(pattern).matcher(text(source));
    if (!matcher.find() || Number(group) > matcher.groupCount()) return missing;
    const captured = matcher.group(Number(group));
    if (captured === null) return missing;
    return convertValue(captured, "string", resultType);
  };
}

/**
 * `extract_all(regex, [groups,] text)`: all matches as a dynamic array, or
 * null when nothing matches. With one capture group each item is that
 * group's text. With several groups, or a list of groups, each item is an
 * array of the groups' texts. Without groups each item is the whole match.
 */
function extractAll(site: CallSite): ScalarImpl {
  const regex = regexArg(site, 0);
  const textIndex = site.argTypes.length === 3 ? 2 : 1;
  const text = stringArg(site, textIndex);
  return (args) => {
    const compiled = regex(args[0]);
    const groups = textIndex === 2 ? selectGroups(site, args[1]) : allGroups(compiled.groupCount());
    const matches: Value[] = [];
    forEachMatch(compiled, text(args[textIndex]), (matcher) => {
      const values = groups.map((group) => matcher.group(group) ?? "");
      matches.push(textIndex === 2 || groups.length > 1 ? values : values[0]);
    });
    return matches.length === 0 ? null : matches;
  };
}

function allGroups(count: number): number[] {
  if (count === 0) return [0];
  return Array.from({ length: count }, (_, i) => i + 1);
}

function selectGroups(site: CallSite, groups: Value): number[] {
  if (!Array.isArray(groups) || groups.some((group) => typeof group !== "number")) {
    throw unsupported(site, "a capture group list that is not an array of group numbers");
  }
  return groups as number[];
}

/** `replace_regex(text, regex, rewrite)`: every match replaced, with `\1`-style references. */
function replaceRegex(textIndex: number, regexIndex: number, rewriteIndex: number) {
  return (site: CallSite): ScalarImpl => {
    const text = stringArg(site, textIndex);
    const regex = regexArg(site, regexIndex);
    const rewrite = stringArg(site, rewriteIndex);
    return (args) => replaceAll(regex(args[regexIndex]), text(args[textIndex]), rewrite(args[rewriteIndex]));
  };
}

/**
 * `trim(regex, text)` and its one-sided forms: remove every leading and/or
 * trailing run of matches of the pattern.
 */
function trimming(leading: boolean, trailing: boolean) {
  return (site: CallSite): ScalarImpl => {
    const text = stringArg(site, 1);
    const compile = cachePerString((pattern: string) => ({
      head: compileRegex(`^(?:${pattern})+`),
      tail: compileRegex(`(?:${pattern})+$`),
    }), 256);
    const constant = site.constants[0];
    if (typeof constant === "string") compile(constant);
    return ([pattern, source]) => {
      const { head, tail } = compile(pattern === null ? "" : String(pattern));
      let result = text(source);
      if (leading) result = cutLeading(head, result);
      if (trailing) result = cutTrailing(tail, result);
      return result;
    };
  };
}

function cutLeading(head: RE2JS, text: string): string {
  const matcher = head.matcher(text);
  return matcher.find() ? text.slice(matcher.end()) : text;
}

function cutTrailing(tail: RE2JS, text: string): string {
  const matcher = tail.matcher(text);
  return matcher.find() ? text.slice(0, matcher.start()) : text;
}

/**
 * `countof(text, search[, kind])`: the number of matches of a plain
 * substring (kind `normal`, the default), which may overlap, or of a
 * regular expression (kind `regex`), which do not.
 */
function countOf(site: CallSite): ScalarImpl {
  const text = stringArg(site, 0);
  const search = stringArg(site, 1);
  const constantKind = site.constants[2];
  if (constantKind !== undefined) checkKind(site, constantKind);
  const mayBeRegex = site.argTypes.length > 2 && constantKind !== "normal";
  const regex = mayBeRegex ? regexArg(site, 1) : undefined;
  return ([source, needle, kind]) => {
    if (!regex || kind === undefined || kind === "normal") {
      return countSubstring(text(source), search(needle));
    }
    checkKind(site, kind);
    let count = 0;
    forEachMatch(regex(needle), text(source), () => count++);
    return count;
  };
}

function checkKind(site: CallSite, kind: Value): void {
  if (kind !== "normal" && kind !== "regex") {
    throw unsupported(site, `the kind '${String(kind)}'`);
  }
}

function countSubstring(text: string, needle: string): number {
  if (needle === "") return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    count++;
  }
  return count;
}

registerScalars(
  scalar("matches regex", matchesRegex),
  scalar("extract", extract),
  scalar("extract_all", extractAll),
  scalar("replace_regex", replaceRegex(0, 1, 2)),
  scalar("replace", replaceRegex(2, 0, 1)),
  scalar("trim", trimming(true, true)),
  scalar("trim_start", trimming(true, false)),
  scalar("trim_end", trimming(false, true)),
  scalar("countof", countOf),
);
