import type { KustoType, Value } from "../types.js";
/** One distinct key tuple and the entry kept for it. */
export interface Grouped<T> {
    /** A copy of the key values of the first row of the group. */
    readonly keys: readonly Value[];
    readonly entry: T;
}
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
export declare class GroupIndex<T> {
    private readonly types;
    private readonly create;
    private readonly root;
    private readonly groups;
    constructor(types: readonly KustoType[], create: () => T);
    get size(): number;
    /** Returns the groups in the order of their first tuple. */
    entries(): readonly Grouped<T>[];
    /** Returns the entry of the group of `keys`, creating it on first use. */
    entryOf(keys: readonly Value[]): T;
    private add;
    private matchesFrom;
    /** Replaces the group at `id` by a level that maps its next key to it. */
    private branch;
}
