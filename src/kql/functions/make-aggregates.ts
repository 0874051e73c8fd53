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
import type { KustoType, Value } from "../types.js";
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

/**
 * Returns what one argument contributes: a dynamic array gives its
 * elements, any other value itself.
 */
function contribution(value: Value, type: KustoType): Value {
  if (value === null || type === "string") return value;
  return toDynamicValue(value, type);
}

/** Distinct items kept by linear search until a set pays off. */
const LINEAR_SEARCH_ITEMS = 8;

/**
 * The distinct non-null values of a group, in order of first appearance.
 * Strings are compared as they are, other values by their group key, so
 * text such as `{"a":1}` and the bag it spells stay apart.
 */
class SetAccumulator implements Accumulator {
  private readonly items: Value[] = [];
  private strings: Set<string> | undefined;
  private others: Set<GroupKey> | undefined;

  constructor(
    private readonly limit: number,
    private readonly type: KustoType,
  ) {}

  add(args: readonly Value[]): void {
    const value = contribution(args[0], this.type);
    if (!Array.isArray(value)) this.addItem(value);
    else for (const item of value) this.addItem(item);
  }

  result(): Value {
    return this.items;
  }

  private addItem(item: Value): void {
    const { items } = this;
    if (item === null || items.length >= this.limit || this.has(item)) return;
    items.push(item);
    if (this.strings) this.remember(item);
    else if (items.length > LINEAR_SEARCH_ITEMS) this.indexItems();
  }

  private has(item: Value): boolean {
    if (this.strings && this.others) {
      if (typeof item === "string") return this.strings.has(item);
      return this.others.has(groupKey(item, "dynamic"));
    }
    if (typeof item === "string") return this.items.includes(item);
    const key = groupKey(item, "dynamic");
    return this.items.some(
      (kept) => typeof kept !== "string" && groupKey(kept, "dynamic") === key,
    );
  }

  private indexItems(): void {
    this.strings = new Set();
    this.others = new Set();
    for (const item of this.items) this.remember(item);
  }

  private remember(item: Value): void {
    if (typeof item === "string") this.strings?.add(item);
    else this.others?.add(groupKey(item, "dynamic"));
  }
}

function setBuilder(site: CallSite, limitIndex: number, fallback: number): () => Accumulator {
  const limit = sizeLimit(site, limitIndex, fallback);
  const type = site.argTypes[0];
  return () => new SetAccumulator(limit, type);
}

/** The non-null values of a group, in order. */
class ListAccumulator implements Accumulator {
  private readonly items: Value[] = [];

  constructor(
    private readonly limit: number,
    private readonly type: KustoType,
  ) {}

  add(args: readonly Value[]): void {
    const value = contribution(args[0], this.type);
    if (!Array.isArray(value)) this.addItem(value);
    else for (const item of value) this.addItem(item);
  }

  result(): Value {
    return this.items;
  }

  private addItem(item: Value): void {
    if (item !== null && this.items.length < this.limit) this.items.push(item);
  }
}

/**
 * NOTE: the make_list page does not say whether an array argument is
 * flattened; this engine flattens it, as make_set does.
 */
function listBuilder(site: CallSite, limitIndex: number, fallback: number): () => Accumulator {
  const limit = sizeLimit(site, limitIndex, fallback);
  const type = site.argTypes[0];
  return () => new ListAccumulator(limit, type);
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
