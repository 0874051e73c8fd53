/**
 * Functions on dynamic arrays and property bags: `pack_array`, `bag_pack`
 * (`pack`), `bag_keys`, `bag_merge`, `bag_remove_keys`, `array_concat`,
 * `array_slice`, `array_index_of`, `array_reverse`, `array_sum`,
 * `array_sort_asc`, `array_sort_desc`, `set_has_element`, `set_union`,
 * `set_intersect`, `set_difference`, `zip`, `strcat_array`. Pages:
 * https://learn.microsoft.com/kusto/query/ followed by the function name
 * with `-` for `_` and `-function`.
 */
import type { KustoType, Value } from "../types.js";
import { compareNonNull, groupKey, type GroupKey } from "../values/compare.js";
import { toDynamicValue } from "../values/convert.js";
import { isPropertyBag } from "../values/dynamic.js";
import { toKustoString } from "../values/to-string.js";
import { dynamicArg } from "./dynamic-access.js";
import { scalar, unsupported } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

/** Converts every argument of a call site to a dynamic value. */
function dynamicArgs(site: CallSite): (args: readonly Value[]) => Value[] {
  const converters = site.argTypes.map((_, index) => dynamicArg(site, index));
  return (args) => args.map((arg, index) => converters[index](arg));
}

function packArray(site: CallSite): ScalarImpl {
  const types = site.argTypes;
  return (args) => args.map((arg, index) => toDynamicValue(arg, types[index]));
}

/** `bag_pack(key1, value1, ...)`: a bag of the pairs, where a later duplicate key wins. */
function bagPack(site: CallSite): ScalarImpl {
  if (site.argTypes.length % 2 !== 0) throw unsupported(site, "an odd number of arguments");
  const types = site.argTypes;
  return (args) => {
    const bag: Record<string, Value> = {};
    for (let i = 0; i < args.length; i += 2) {
      bag[toKustoString(args[i], types[i])] = toDynamicValue(args[i + 1], types[i + 1]);
    }
    return bag;
  };
}

function bagKeys(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([value]) => {
    const bag = toDynamic(value);
    return isPropertyBag(bag) ? Object.keys(bag) : null;
  };
}

/** `bag_merge(bag1, bag2, ...)`: on a repeated key the leftmost bag wins. */
function bagMerge(site: CallSite): ScalarImpl {
  const convert = dynamicArgs(site);
  return (args) => {
    const merged: Record<string, Value> = {};
    for (const bag of convert(args)) {
      if (!isPropertyBag(bag)) continue;
      for (const [key, member] of Object.entries(bag)) {
        if (!Object.hasOwn(merged, key)) merged[key] = member;
      }
    }
    return merged;
  };
}

function bagRemoveKeys(site: CallSite): ScalarImpl {
  const convert = dynamicArgs(site);
  return (args) => {
    const [bag, keys] = convert(args);
    if (!isPropertyBag(bag)) return null;
    const removed = new Set(Array.isArray(keys) ? keys.map(String) : []);
    return Object.fromEntries(Object.entries(bag).filter(([key]) => !removed.has(key)));
  };
}

/** `array_concat(a, b, ...)`: null when any argument is not an array. */
function arrayConcat(site: CallSite): ScalarImpl {
  const convert = dynamicArgs(site);
  return (args) => {
    const arrays = convert(args);
    if (!arrays.every(Array.isArray)) return null;
    return (arrays as Value[][]).flat(1);
  };
}

/** `array_slice(array, start, end)`: both ends inclusive; negative indexes count from the end. */
function arraySlice(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([value, start, end]) => {
    const array = toDynamic(value);
    if (!Array.isArray(array) || start === null || end === null) return null;
    const from = resolveIndex(Number(start), array.length);
    const to = resolveIndex(Number(end), array.length);
    return array.slice(Math.max(0, from), Math.max(0, to + 1));
  };
}

function resolveIndex(index: number, length: number): number {
  return index < 0 ? length + index : index;
}

/** `array_index_of(array, value[, start[, length[, occurrence]]])`: -1 when not found. */
function arrayIndexOf(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  const lookupType: KustoType = site.argTypes[1];
  return ([value, lookup, start = 0, length = -1, occurrence = 1]) => {
    const array = toDynamic(value);
    if (!Array.isArray(array) || lookup === null) return null;
    if (start === null || length === null || occurrence === null) return null;
    const from = resolveIndex(Number(start), array.length);
    const end = Number(length) < 0 ? array.length : Math.min(array.length, from + Number(length));
    let remaining = Number(occurrence);
    for (let i = Math.max(0, from); i < end; i++) {
      const element = array[i];
      if (element === null || compareNonNull(element, "dynamic", lookup, lookupType) !== 0) continue;
      if (--remaining <= 0) return i;
    }
    return -1;
  };
}

function arrayReverse(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([value]) => {
    const array = toDynamic(value);
    return Array.isArray(array) ? [...array].reverse() : null;
  };
}

function arraySum(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([value]) => {
    const array = toDynamic(value);
    if (!Array.isArray(array)) return null;
    let total = 0;
    for (const element of array) {
      if (typeof element !== "number") return null;
      total += element;
    }
    return total;
  };
}

/** Ranks mixed element kinds as the array_sort pages state: numbers, then strings, then the rest. */
function kindRank(value: Value): number {
  if (typeof value === "number" || typeof value === "bigint") return 0;
  if (typeof value === "string") return 1;
  return 2;
}

function compareElements(a: Value, b: Value): number {
  const byKind = kindRank(a) - kindRank(b);
  if (byKind !== 0) return byKind;
  const order = compareNonNull(a, "dynamic", b, "dynamic");
  return Number.isNaN(order) ? 0 : Math.sign(order);
}

/**
 * `array_sort_asc(array[, nulls_last])` and `array_sort_desc`: nulls go
 * last unless `nulls_last` is false.
 */
function arraySort(sign: 1 | -1) {
  return (site: CallSite): ScalarImpl => {
    const lastType = site.argTypes[site.argTypes.length - 1];
    const arrayCount = lastType === "bool" ? site.argTypes.length - 1 : site.argTypes.length;
    if (arrayCount !== 1) throw unsupported(site, "sorting several arrays together");
    const toDynamic = dynamicArg(site, 0);
    return ([value, nullsLast = true]) => {
      const array = toDynamic(value);
      if (!Array.isArray(array)) return null;
      const nulls = array.filter((element) => element === null);
      const values = array.filter((element) => element !== null);
      values.sort((a, b) => sign * compareElements(a, b));
      return nullsLast === false ? [...nulls, ...values] : [...values, ...nulls];
    };
  };
}

function setHasElement(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  const lookupType = site.argTypes[1];
  return ([value, lookup]) => {
    const array = toDynamic(value);
    if (!Array.isArray(array) || lookup === null) return null;
    return array.some(
      (element) => element !== null && compareNonNull(element, "dynamic", lookup, lookupType) === 0,
    );
  };
}

/** Distinct elements of an array, in first-seen order. */
function distinct(values: readonly Value[]): { items: Value[]; keys: Set<GroupKey> } {
  const keys = new Set<GroupKey>();
  const items: Value[] = [];
  for (const value of values) {
    const key = groupKey(value, "dynamic");
    if (keys.has(key)) continue;
    keys.add(key);
    items.push(value);
  }
  return { items, keys };
}

type SetOperation = (first: readonly Value[], others: readonly (readonly Value[])[]) => Value[];

const union: SetOperation = (first, others) => distinct([first, ...others].flat()).items;

const intersect: SetOperation = (first, others) => {
  const otherKeys = others.map((other) => distinct(other).keys);
  return distinct(first).items.filter((item) =>
    otherKeys.every((keys) => keys.has(groupKey(item, "dynamic"))),
  );
};

const difference: SetOperation = (first, others) => {
  const excluded = distinct(others.flat()).keys;
  return distinct(first).items.filter((item) => !excluded.has(groupKey(item, "dynamic")));
};

/** A set function: null when any argument is not an array. */
function setFunction(operation: SetOperation) {
  return (site: CallSite): ScalarImpl => {
    const convert = dynamicArgs(site);
    return (args) => {
      const arrays = convert(args);
      if (!arrays.every(Array.isArray)) return null;
      const [first, ...others] = arrays as Value[][];
      return operation(first, others);
    };
  };
}

/** `zip(a, b, ...)`: arrays of the i-th elements; shorter arrays give null. */
function zip(site: CallSite): ScalarImpl {
  const convert = dynamicArgs(site);
  return (args) => {
    const arrays = convert(args);
    if (!arrays.every(Array.isArray)) return null;
    const length = Math.max(...(arrays as Value[][]).map((array) => array.length));
    return Array.from({ length }, (_, i) => (arrays as Value[][]).map((array) => array[i] ?? null));
  };
}

/** `strcat_array(array, delimiter)`: the elements' text joined; nulls give "". */
function strcatArray(site: CallSite): ScalarImpl {
  const toDynamic = dynamicArg(site, 0);
  return ([value, delimiter]) => {
    const array = toDynamic(value);
    if (!Array.isArray(array)) return "";
    return array.map((element) => toKustoString(element, "dynamic")).join(String(delimiter ?? ""));
  };
}

registerScalars(
  scalar("pack_array", packArray),
  scalar("bag_pack", bagPack, ["pack"]),
  scalar("bag_keys", bagKeys),
  scalar("bag_merge", bagMerge),
  scalar("bag_remove_keys", bagRemoveKeys),
  scalar("array_concat", arrayConcat),
  scalar("array_slice", arraySlice),
  scalar("array_index_of", arrayIndexOf),
  scalar("array_reverse", arrayReverse),
  scalar("array_sum", arraySum),
  scalar("array_sort_asc", arraySort(1)),
  scalar("array_sort_desc", arraySort(-1)),
  scalar("set_has_element", setHasElement),
  scalar("set_union", setFunction(union)),
  scalar("set_intersect", setFunction(intersect)),
  scalar("set_difference", setFunction(difference)),
  scalar("zip", zip),
  scalar("strcat_array", strcatArray),
);

