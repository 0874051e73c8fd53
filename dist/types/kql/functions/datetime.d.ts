export declare function dayOfYear(ticks: number): number;
/** Returns the ISO 8601 week number: weeks start on Monday, and week 1 contains January 4. */
export declare function isoWeekOfYear(ticks: number): number;
