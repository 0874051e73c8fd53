export declare function isTermCharacter(code: number): boolean;
/**
 * Finds `needle` in `haystack` where the match starts at a term start
 * (when `atStart`) and ends at a term end (when `atEnd`).
 */
export declare function findTerm(haystack: string, needle: string, atStart: boolean, atEnd: boolean): boolean;
