/**
 * Logical operators and conditional functions: `and`, `or`, `not`,
 * `iff`/`iif`, `case`, `coalesce`, `isnull`, `isnotnull`, `isempty`,
 * `isnotempty`.
 *
 * `and` and `or` use three-valued logic with null as "unknown"
 * (https://learn.microsoft.com/kusto/query/logical-operators): false wins
 * in `and` and true wins in `or`, whatever the other operand.
 */
import type { Value } from "../types.js";
import { plain, scalar } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

function and([a, b]: readonly Value[]): Value {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

function or([a, b]: readonly Value[]): Value {
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}

function not([a]: readonly Value[]): Value {
  return a === null ? null : !a;
}

/** A null condition counts as false. */
function iff([condition, then, otherwise]: readonly Value[]): Value {
  return condition === true ? then : otherwise;
}

/** Arguments are condition/value pairs, then the value when none is true. */
function caseOf(args: readonly Value[]): Value {
  const last = args.length - 1;
  for (let i = 0; i < last; i += 2) {
    if (args[i] === true) return args[i + 1];
  }
  return args[last];
}

function isEmptyValue(value: Value): boolean {
  return value === null || value === "";
}

/** Returns the first argument that is not null, nor the empty string. */
function coalesce(site: CallSite): ScalarImpl {
  const fallback = site.resultType === "string" ? "" : null;
  return (args) => {
    for (const value of args) {
      if (!isEmptyValue(value)) return value;
    }
    return fallback;
  };
}

registerScalars(
  plain("and", and),
  plain("or", or),
  plain("not", not),
  plain("iff", iff, ["iif"]),
  plain("case", caseOf),
  scalar("coalesce", coalesce),
  plain("isnull", ([value]) => value === null),
  plain("isnotnull", ([value]) => value !== null, ["notnull"]),
  plain("isempty", ([value]) => isEmptyValue(value)),
  plain("isnotempty", ([value]) => !isEmptyValue(value), ["notempty"]),
);
