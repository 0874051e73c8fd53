/** Ticks per unit of a timespan literal, by every unit name Kusto accepts. */
export declare const TIMESPAN_UNIT_TICKS: Readonly<Record<string, number>>;
/**
 * Parses a timespan in Kusto's literal form (`1d`, `1.5h`, `30m`, `10s`,
 * `100ms`, `10microseconds`, `5ticks`) or in the text form
 * `[-][d.]hh:mm[:ss[.fffffff]]`. Returns ticks, or `null`.
 */
export declare function parseTimespanText(text: string): number | null;
/** Parses a guid in its 8-4-4-4-12 form into lower case, or returns `null`. */
export declare function parseGuid(text: string): string | null;
/** Parses `true`/`false` in any case, or returns `null`. */
export declare function parseBool(text: string): boolean | null;
