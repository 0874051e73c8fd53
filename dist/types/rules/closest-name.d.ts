/**
 * Returns the known name a misspelt key most likely means: one a few edits
 * away, or one that contains the key's letters in order (`alertnameFormat`
 * in `alertDisplayNameFormat`). Case is ignored.
 */
export declare function closestName(key: string, known: readonly string[]): string | undefined;
/**
 * Sorts names by their edit distance from `key`, ignoring case, closest
 * first; names at the same distance keep their order.
 */
export declare function byCloseness(key: string, names: readonly string[]): string[];
/** The Levenshtein distance: insertions, deletions and substitutions. */
export declare function editDistance(a: string, b: string): number;
