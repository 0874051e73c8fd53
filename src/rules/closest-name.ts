/**
 * Returns the known name a misspelt key most likely means: one a few edits
 * away, or one that contains the key's letters in order (`alertnameFormat`
 * in `alertDisplayNameFormat`). Case is ignored.
 */
export function closestName(
  key: string,
  known: readonly string[],
): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 4));
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance <= bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best) return best;
  return known.find((name) => isAbbreviation(lower, name.toLowerCase()));
}

/**
 * Sorts names by their edit distance from `key`, ignoring case, closest
 * first; names at the same distance keep their order.
 */
export function byCloseness(key: string, names: readonly string[]): string[] {
  const lower = key.toLowerCase();
  return names
    .map((name, index) => ({ name, index, distance: editDistance(lower, name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map((entry) => entry.name);
}

function isAbbreviation(short: string, long: string): boolean {
  if (short.length < long.length * 0.6) return false;
  let position = 0;
  for (const char of long) if (char === short[position]) position++;
  return position === short.length;
}

/** The Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
