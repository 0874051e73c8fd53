/**
 * JSON parsing and dynamic accessors: `parse_json` (`todynamic`,
 * `parsejson`), member access `.`, element access `[]`, `array_length`.
 *
 * Accessors follow https://learn.microsoft.com/kusto/query/scalar-data-types/dynamic:
 * a missing member or an index out of range gives null, and a negative
 * array index counts from the end (`arr[-1]` is the last element).
 */
import type { Value } from "../types.js";
import { toDynamicValue } from "../values/convert.js";
import { isPropertyBag, parseJsonText } from "../values/dynamic.js";
import { cachePerString, scalar } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

/**
 * Parses JSON text; text that is not JSON stays a dynamic string, and the
 * empty string is null, as `gettype(parse_json(''))` is `null` on
 * https://learn.microsoft.com/kusto/query/gettype-function.
 */
export function parseJsonOrText(text: string): Value {
  if (text === "") return null;
  const parsed = parseJsonText(text);
  return parsed === undefined ? text : parsed;
}

/**
 * Returns a converter from argument `index`'s values to dynamic values: a
 * string argument is parsed as JSON (cached per distinct text), as Kusto
 * does when a string column is used where a dynamic value is expected.
 */
export function dynamicArg(site: CallSite, index: number): (value: Value) => Value {
  const type = site.argTypes[index] ?? "dynamic";
  if (type === "dynamic") return (value) => value;
  if (type === "string") {
    const parse = cachePerString(parseJsonOrText);
    return (value) => parse(value as string);
  }
  return (value) => toDynamicValue(value, type);
}

function parseJson(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([value]) => toDynamic(value);
}

/** Returns a bag's own member, so that `constructor` and the like are not found. */
export function getMember(container: Value, name: string): Value {
  if (!isPropertyBag(container) || !Object.hasOwn(container, name)) return null;
  return container[name] ?? null;
}

/** Returns an array element; a negative index counts from the end. */
export function getElement(array: readonly Value[], index: number): Value {
  const position = index < 0 ? array.length + index : index;
  return array[position] ?? null;
}

function memberAccess(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([container, name]) => getMember(toDynamic(container), String(name));
}

function elementAccess(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([container, key]) => {
    const value = toDynamic(container);
    if (key === null) return null;
    if (Array.isArray(value)) {
      return typeof key === "string" ? null : getElement(value, Number(key));
    }
    return getMember(value, String(key));
  };
}

function arrayLength(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([value]) => {
    const array = toDynamic(value);
    return Array.isArray(array) ? array.length : null;
  };
}

registerScalars(
  scalar("parse_json", parseJson, ["todynamic", "parsejson", "toobject"]),
  scalar(".", memberAccess),
  scalar("[]", elementAccess),
  scalar("array_length", arrayLength, ["arraylength"]),
);
