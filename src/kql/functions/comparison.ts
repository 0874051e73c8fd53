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

function equalsIgnoringCase(negate: boolean) {
  return (site: CallSite): ScalarImpl => {
    const left = stringArg(site, 0);
    const right = stringArg(site, 1);
    return ([a, b]: readonly Value[]) =>
      (left(a).toLowerCase() === right(b).toLowerCase()) !== negate;
  };
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
