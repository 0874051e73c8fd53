declare const TICKS_PER_MINUTE: number;
declare const TICKS_PER_HOUR: number;
/**
 * Parses a rule duration into timespan ticks, or returns `null`. Two forms
 * are read: the templates' whole number with a lowercase `m`, `h` or `d`
 * (`30m`, `1h`, `14d`), and the API's ISO 8601 duration with days, hours,
 * minutes and seconds (`PT1H`, `P1D`, `P2DT1H30M`). Anything else, such as
 * `30s`, `1H` or `P1W`, is not a duration.
 */
export declare function parseDuration(text: string): number | null;
/** Formats ticks as the shortest template duration (`5m`, `1h`, `14d`). */
export declare function formatDuration(ticks: number): string;
/** Tells whether a duration is written in ISO 8601 (`PT1H`), the API's form. */
export declare function isIsoDuration(text: string): boolean;
/** Formats ticks as an ISO 8601 duration (`PT5M`, `PT1H`, `P1D`, `P2DT1H30M`). */
export declare function formatIsoDuration(ticks: number): string;
export { TICKS_PER_HOUR, TICKS_PER_MINUTE };
