/**
 * Pairs expected items with actual ones, order-insensitively, so that as
 * many expectations as possible are met (a maximum bipartite matching by
 * augmenting paths). `matches(e, a)` returns true when expected item `e`
 * may pair with actual item `a`. Returns, per expected item, the index of its
 * actual item or -1.
 */
export function matchItems(
  expectedCount: number,
  actualCount: number,
  matches: (expected: number, actual: number) => boolean,
): number[] {
  const candidates = Array.from({ length: expectedCount }, (_, expected) =>
    Array.from({ length: actualCount }, (_, actual) => actual).filter((actual) =>
      matches(expected, actual),
    ),
  );
  const owner: number[] = new Array<number>(actualCount).fill(-1);

  const augment = (expected: number, visited: Set<number>): boolean => {
    for (const actual of candidates[expected]) {
      if (visited.has(actual)) continue;
      visited.add(actual);
      if (owner[actual] === -1 || augment(owner[actual], visited)) {
        owner[actual] = expected;
        return true;
      }
    }
    return false;
  };
  for (let expected = 0; expected < expectedCount; expected += 1) {
    augment(expected, new Set());
  }

  const pairs = new Array<number>(expectedCount).fill(-1);
  owner.forEach((expected, actual) => {
    if (expected !== -1) pairs[expected] = actual;
  });
  return pairs;
}

/** Returns the indices in `0..count-1` that `pairs` does not use. */
export function unpairedActual(pairs: readonly number[], count: number): number[] {
  const used = new Set(pairs);
  return Array.from({ length: count }, (_, index) => index).filter((index) => !used.has(index));
}
