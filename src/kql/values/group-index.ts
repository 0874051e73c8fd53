import type { KustoType, Value } from "../types.js";
import { groupKey, type GroupKey } from "./compare.js";

/** One distinct key tuple and the entry kept for it. */
export interface Grouped<T> {
  /** A copy of the key values of the first row of the group. */
  readonly keys: readonly Value[];
  readonly entry: T;
}

interface Node<T> extends Grouped<T> {
  /** The {@link groupKey} of each key value. */
  readonly ids: readonly GroupKey[];
}

/** One level of the index: the entries below one prefix of key values. */
type Level<T> = Map<GroupKey, Node<T> | Level<T>>;

/**
 * Maps tuples of values of fixed types to entries, creating an entry on
 * the first tuple of a group. Tuples are equal when each value's
 * {@link groupKey} is equal, as in `summarize by`.
 *
 * The index is a tree of `Map`s, one level per key, so that a lookup
 * builds no key string. A level branches only once two groups differ
 * there. Until then it contains the group itself, and a lookup compares
 * the remaining keys. Groups keep the order in which their first tuple
 * came.
 */
export class GroupIndex<T> {
  private readonly root: Level<T> = new Map();
  private readonly groups: Node<T>[] = [];

  constructor(
    private readonly types: readonly KustoType[],
    private readonly create: () => T,
  ) {}

  get size(): number {
    return this.groups.length;
  }

  /** Returns the groups in the order of their first tuple. */
  entries(): readonly Grouped<T>[] {
    return this.groups;
  }

  /** Returns the entry of the group of `keys`, creating it on first use. */
  entryOf(keys: readonly Value[]): T {
    const types = this.types;
    let level = this.root;
    for (let depth = 0; depth < types.length; depth++) {
      const id = groupKey(keys[depth], types[depth]);
      const found = level.get(id);
      if (found === undefined) return this.add(level, id, keys);
      if (found instanceof Map) {
        level = found;
      } else if (this.matchesFrom(found, keys, depth + 1)) {
        return found.entry;
      } else {
        level = this.branch(level, id, found, depth + 1);
      }
    }
    // Only a tuple of no keys gets here: its one group is under `null`.
    const only = level.get(null);
    if (only !== undefined && !(only instanceof Map)) return only.entry;
    return this.add(level, null, keys);
  }

  private add(level: Level<T>, id: GroupKey, keys: readonly Value[]): T {
    const types = this.types;
    const copy = keys.slice();
    const ids = copy.map((key, i) => groupKey(key, types[i]));
    // Strings and most numbers are their own group keys: keep one array.
    const same = ids.every((groupId, i) => groupId === copy[i]);
    const node: Node<T> = {
      keys: copy,
      ids: same ? (copy as GroupKey[]) : ids,
      entry: this.create(),
    };
    level.set(id, node);
    this.groups.push(node);
    return node.entry;
  }

  private matchesFrom(
    node: Node<T>,
    keys: readonly Value[],
    start: number,
  ): boolean {
    const types = this.types;
    for (let depth = start; depth < types.length; depth++) {
      const id = groupKey(keys[depth], types[depth]);
      if (!sameGroupKey(id, node.ids[depth])) return false;
    }
    return true;
  }

  /** Replaces the group at `id` by a level that maps its next key to it. */
  private branch(
    level: Level<T>,
    id: GroupKey,
    node: Node<T>,
    depth: number,
  ): Level<T> {
    const next: Level<T> = new Map();
    next.set(node.ids[depth], node);
    level.set(id, next);
    return next;
  }
}

/** Compares group keys as `Map` does (SameValueZero), so NaN equals NaN. */
function sameGroupKey(a: GroupKey, b: GroupKey): boolean {
  return a === b || (a !== a && b !== b);
}
