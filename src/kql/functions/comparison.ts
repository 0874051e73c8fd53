/**
 * Comparison operators: `==`, `!=`, `<`, `<=`, `>`, `>=`, and the
 * case-insensitive string equality `=~`, `!~`.
 *
 * Null rules (https://learn.microsoft.com/kusto/query/scalar-data-types/null-values):
 * `==` on two nulls is null and on one null is false; `!=` on two nulls is
 * null and on one null is true; an ordering comparison with a null is null.
 */
import type { Value } from "../types.js";
import { compareNonNull } from "../values/compare.js";
import { scalar, stringArg } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

function equality(negate: boolean) {
  return (site: CallSite): ScalarImpl => {
    const [aType, bType] = site.argTypes;
    return ([a, b]) => {
      if (a === null || b === null) return a === b ? null : negate;
      return (compareNonNull(a, aType, b, bType) === 0) !== negate;
    };
  };
}

function ordering(test: (order: number) => boolean) {
  return (site: CallSite): ScalarImpl => {
    const [aType, bType] = site.argTypes;
    return ([a, b]) => {
      if (a === null || b === null) return null;
      return test(compareNonNull(a, aType, b, bType));
    };
  };
}

/**
 * `=~` and `!~` compare ordinally ignoring case, so strings of different
 * lengths never match. A constant side is lowercased once, here.
 */
function equalsIgnoringCase(negate: boolean) {
  return (site: CallSite): ScalarImpl => {
    const left = stringArg(site, 0);
    const right = stringArg(site, 1);
    const constant = [0, 1].find((i) => typeof site.constants[i] === "string");
    if (constant === undefined) {
      return ([a, b]: readonly Value[]) => sameIgnoringCase(left(a), right(b)) !== negate;
    }
    const fixed = (site.constants[constant] as string).toLowerCase();
    const varying = constant === 0 ? right : left;
    return (args: readonly Value[]) => {
      const text = varying(args[1 - constant]);
      const same =
        text.length === fixed.length && (text === fixed || text.toLowerCase() === fixed);
      return same !== negate;
    };
  };
}

function sameIgnoringCase(a: string, b: string): boolean {
  return a.length === b.length && (a === b || a.toLowerCase() === b.toLowerCase());
}

registerScalars(
  scalar("==", equality(false)),
  scalar("!=", equality(true), ["<>"]),
  scalar("<", ordering((order) => order < 0)),
  scalar("<=", ordering((order) => order <= 0)),
  scalar(">", ordering((order) => order > 0)),
  scalar(">=", ordering((order) => order >= 0)),
  scalar("=~", equalsIgnoringCase(false)),
  scalar("!~", equalsIgnoringCase(true)),
);
