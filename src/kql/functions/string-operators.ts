/**
 * String predicates (https://learn.microsoft.com/kusto/query/datatypes-string-operators):
 * `has`, `hasprefix`, `hassuffix`, `contains`, `startswith`, `endswith`,
 * each with a case-sensitive `_cs` form and a negated `!` form.
 *
 * The `has` family matches terms: a string's terms are its maximal runs of
 * ASCII letters and digits, so `"North America" has "america"` is true but
 * `"Americas" has "america"` is false. A needle that itself contains
 * non-alphanumeric characters must start and end on term boundaries.
 */
import type { Value } from "../types.js";
import { scalar, stringArg } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

type Predicate = (haystack: string, needle: string) => boolean;

export function isTermCharacter(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122)
  );
}

/**
 * Finds `needle` in `haystack` where the match starts at a term start
 * (when `atStart`) and ends at a term end (when `atEnd`).
 */
export function findTerm(
  haystack: string,
  needle: string,
  atStart: boolean,
  atEnd: boolean,
): boolean {
  if (needle === "") return true;
  const checkStart = atStart && isTermCharacter(needle.charCodeAt(0));
  const checkEnd = atEnd && isTermCharacter(needle.charCodeAt(needle.length - 1));

  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (checkStart && at > 0 && isTermCharacter(haystack.charCodeAt(at - 1))) continue;
    if (checkEnd && end < haystack.length && isTermCharacter(haystack.charCodeAt(end))) continue;
    return true;
  }
  return false;
}

const PREDICATES: Readonly<Record<string, Predicate>> = {
  has: (h, n) => findTerm(h, n, true, true),
  hasprefix: (h, n) => findTerm(h, n, true, false),
  hassuffix: (h, n) => findTerm(h, n, false, true),
  contains: (h, n) => h.includes(n),
  startswith: (h, n) => h.startsWith(n),
  endswith: (h, n) => h.endsWith(n),
};

function stringPredicate(test: Predicate, caseSensitive: boolean, negate: boolean) {
  return (site: CallSite): ScalarImpl => {
    const left = stringArg(site, 0);
    const right = stringArg(site, 1);
    const fold = caseSensitive ? (text: string) => text : (text: string) => text.toLowerCase();
    const constant = site.constants[1];
    if (constant !== undefined) {
      const needle = fold(right(constant));
      return ([haystack]) => test(fold(left(haystack)), needle) !== negate;
    }
    return ([haystack, needle]: readonly Value[]) =>
      test(fold(left(haystack)), fold(right(needle))) !== negate;
  };
}

for (const [name, test] of Object.entries(PREDICATES)) {
  registerScalars(
    scalar(name, stringPredicate(test, false, false)),
    scalar(`!${name}`, stringPredicate(test, false, true)),
    scalar(`${name}_cs`, stringPredicate(test, true, false)),
    scalar(`!${name}_cs`, stringPredicate(test, true, true)),
  );
}
