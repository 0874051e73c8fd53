/**
 * String functions: `strcat`, `strcat_delim`, `tolower`, `toupper`,
 * `strlen`, `substring`, `indexof`, `split`, `replace_string`, `reverse`,
 * `strrep`. Pages: https://learn.microsoft.com/kusto/query/ followed by
 * the function name and `-function`.
 */
import type { Value } from "../types.js";
import { scalar, stringArg } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

/** Returns converters to string for every argument of a call site. */
function allStringArgs(site: CallSite): ((value: Value) => string)[] {
  return site.argTypes.map((_, index) => stringArg(site, index));
}

function strcat(site: CallSite): ScalarImpl {
  const converters = allStringArgs(site);
  return (args) => {
    let result = "";
    for (let i = 0; i < args.length; i++) result += converters[i](args[i]);
    return result;
  };
}

function strcatDelim(site: CallSite): ScalarImpl {
  const converters = allStringArgs(site);
  return (args) => {
    const parts = args.slice(1).map((arg, i) => converters[i + 1](arg));
    return parts.join(converters[0](args[0]));
  };
}

function mapString(transform: (text: string) => Value) {
  return (site: CallSite): ScalarImpl => {
    const text = stringArg(site, 0);
    return ([value]) => transform(text(value));
  };
}

/** Counts Unicode code points, so a character outside the BMP counts once. */
function strlen(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A negative start counts from the end; the result is clamped to the string. */
function substring(site: CallSite): ScalarImpl {
  const text = stringArg(site, 0);
  return ([value, start, length]) => {
    if (start === null || length === null) return "";
    const source = text(value);
    let from = Number(start);
    if (from < 0) from = Math.max(0, source.length + from);
    if (length === undefined) return source.slice(from);
    const count = Number(length);
    return count <= 0 ? "" : source.slice(from, from + count);
  };
}

/**
 * `indexof(text, match[, start[, length[, occurrence]]])`: each occurrence
 * is searched within `length` characters from where the search resumes.
 * Null for a start beyond the text, a length below -1 or an occurrence
 * below 0.
 */
function indexOf(site: CallSite): ScalarImpl {
  const text = stringArg(site, 0);
  const match = stringArg(site, 1);
  return ([value, lookup, start = 0, length = -1, occurrence = 1]) => {
    if (start === null || length === null || occurrence === null) return null;
    const source = text(value);
    let from = Number(start);
    if (from < 0) from = source.length + from;
    if (from < 0 || Number(length) < -1 || Number(occurrence) < 0) return null;
    return findOccurrence(source, match(lookup), from, Number(length), Number(occurrence));
  };
}

function findOccurrence(source: string, needle: string, from: number, length: number, occurrence: number): number {
  let found = -1;
  for (let n = 0; n < Math.max(occurrence, 1); n++) {
    const end = length === -1 ? source.length : Math.min(source.length, from + length);
    const at = source.slice(0, end).indexOf(needle, from);
    if (at < 0) return -1;
    found = at;
    from = at + 1;
  }
  return found;
}

/**
 * `split(text, delimiter[, index])`: the parts as a dynamic array; with an
 * index, an array holding only that part, or an empty array when there is
 * no such part.
 *
 * NOTE: the documentation does not define an empty delimiter; this engine
 * returns the whole text as the only part.
 */
function split(site: CallSite): ScalarImpl {
  const text = stringArg(site, 0);
  const delimiter = stringArg(site, 1);
  return ([value, separator, index]) => {
    const source = text(value);
    const by = delimiter(separator);
    const parts = by === "" ? [source] : source.split(by);
    if (index === undefined) return parts;
    if (index === null) return null;
    const part = parts[Number(index)];
    return part === undefined ? [] : [part];
  };
}

function replaceString(site: CallSite): ScalarImpl {
  const [text, lookup, rewrite] = [0, 1, 2].map((i) => stringArg(site, i));
  return ([value, search, replacement]) => {
    const needle = lookup(search);
    const source = text(value);
    return needle === "" ? source : source.split(needle).join(rewrite(replacement));
  };
}

/** `strrep(text, multiplier[, delimiter])`: the text repeated, joined by the delimiter. */
function strrep(site: CallSite): ScalarImpl {
  const text = stringArg(site, 0);
  const delimiter = stringArg(site, 2);
  return ([value, times, separator]) => {
    if (times === null) return "";
    const count = Math.max(0, Math.floor(Number(times)));
    const by = separator === undefined ? "" : delimiter(separator);
    return Array.from({ length: count }, () => text(value)).join(by);
  };
}

registerScalars(
  scalar("strcat", strcat),
  scalar("strcat_delim", strcatDelim),
  scalar("tolower", mapString((text) => text.toLowerCase())),
  scalar("toupper", mapString((text) => text.toUpperCase())),
  scalar("strlen", mapString(strlen)),
  scalar("reverse", mapString((text) => [...text].reverse().join(""))),
  scalar("substring", substring),
  scalar("indexof", indexOf),
  scalar("split", split),
  scalar("replace_string", replaceString),
  scalar("strrep", strrep),
);

