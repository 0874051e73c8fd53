/**
 * Pairs expected items with actual ones, order-insensitively, so that as
 * many expectations as possible are met (a maximum bipartite matching by
 * augmenting paths). `matches(e, a)` returns true when expected item `e`
 * may pair with actual item `a`. Returns, per expected item, the index of its
 * actual item or -1.
 */
export declare function matchItems(expectedCount: number, actualCount: number, matches: (expected: number, actual: number) => boolean): number[];
/** Returns the indices in `0..count-1` that `pairs` does not use. */
export declare function unpairedActual(pairs: readonly number[], count: number): number[];
