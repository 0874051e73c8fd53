/**
 * Returns the distinct string literals of a query (decoded, in order of
 * appearance, at most 32), so that generated rows can meet its `where`
 * filters. The query is only parsed, not analysed.
 */
export declare function stringLiterals(text: string): string[];
