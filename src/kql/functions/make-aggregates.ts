/**
 * Aggregations that build dynamic values: `make_set`, `make_list`,
 * `make_bag` and their `_if` forms. Pages:
 * https://learn.microsoft.com/kusto/query/make-set-aggregation-function,
 * https://learn.microsoft.com/kusto/query/make-list-aggregation-function,
 * https://learn.microsoft.com/kusto/query/make-bag-aggregation-function.
 *
 * Null values are skipped. A dynamic array argument contributes its
 * elements, one by one. The optional size limit defaults to 1048576, and
 * to 128 for the deprecated names `makeset` and `makelist`.
 */
import type { Value } from "../types.js";
import { groupKey, type GroupKey } from "../values/compare.js";
import { toDynamicValue } from "../values/convert.js";
import { isPropertyBag } from "../values/dynamic.js";
import { aggregate, onlyWhen } from "./aggregates.js";
import { unsupported } from "./define.js";
import { registerAggregates, type Accumulator, type CallSite } from "./registry.js";

const MAX_SIZE = 1_048_576;
const DEPRECATED_MAX_SIZE = 128;

function sizeLimit(site: CallSite, index: number, fallback: number): number {
  const limit = site.constants[index];
  if (site.argTypes.length <= index) return fallback;
  if (typeof limit !== "number") throw unsupported(site, "a size limit that is not a constant number");
  return Math.min(limit, MAX_SIZE);
}

/** Returns the dynamic values one argument contributes. */
function contributions(value: Value, site: CallSite): readonly Value[] {
  if (value === null) return [];
  const dynamic = toDynamicValue(value, site.argTypes[0]);
  return Array.isArray(dynamic) ? dynamic : [dynamic];
}

function setBuilder(site: CallSite, limitIndex: number, fallback: number): () => Accumulator {
  const limit = sizeLimit(site, limitIndex, fallback);
  return () => {
    const seen = new Set<GroupKey>();
    const items: Value[] = [];
    return {
      add: ([value]) => {
        for (const item of contributions(value, site)) {
          if (items.length >= limit) return;
          const key = groupKey(item, "dynamic");
          if (item === null || seen.has(key)) continue;
          seen.add(key);
          items.push(item);
        }
      },
      result: () => items,
    };
  };
}

/**
 * NOTE: the make_list page does not say whether an array argument is
 * flattened; this engine flattens it, as make_set does.
 */
function listBuilder(site: CallSite, limitIndex: number, fallback: number): () => Accumulator {
  const limit = sizeLimit(site, limitIndex, fallback);
  return () => {
    const items: Value[] = [];
    return {
      add: ([value]) => {
        for (const item of contributions(value, site)) {
          if (items.length >= limit) return;
          if (item !== null) items.push(item);
        }
      },
      result: () => items,
    };
  };
}

/** Merges property bags; on a repeated key, the first value seen stays. */
function bagBuilder(site: CallSite, limitIndex: number): () => Accumulator {
  const limit = sizeLimit(site, limitIndex, MAX_SIZE);
  return () => {
    const bag: Record<string, Value> = {};
    let size = 0;
    return {
      add: ([value]) => {
        if (!isPropertyBag(value)) return;
        for (const [key, member] of Object.entries(value)) {
          if (size >= limit || Object.hasOwn(bag, key)) continue;
          bag[key] = member;
          size++;
        }
      },
      result: () => bag,
    };
  };
}

registerAggregates(
  aggregate("make_set", (site) => setBuilder(site, 1, MAX_SIZE)),
  aggregate("makeset", (site) => setBuilder(site, 1, DEPRECATED_MAX_SIZE)),
  aggregate("make_set_if", (site) => onlyWhen(setBuilder(site, 2, MAX_SIZE), 1)),
  aggregate("make_list", (site) => listBuilder(site, 1, MAX_SIZE)),
  aggregate("makelist", (site) => listBuilder(site, 1, DEPRECATED_MAX_SIZE)),
  aggregate("make_list_if", (site) => onlyWhen(listBuilder(site, 2, MAX_SIZE), 1)),
  aggregate("make_bag", (site) => bagBuilder(site, 1)),
  aggregate("make_bag_if", (site) => onlyWhen(bagBuilder(site, 2), 1)),
);
