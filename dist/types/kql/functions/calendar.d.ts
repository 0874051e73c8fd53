/** The fields of a datetime in UTC. `month` is 1-12, `dayOfWeek` 0 (Sunday)-6. */
export interface DatetimeFields {
    readonly year: number;
    readonly month: number;
    readonly day: number;
    readonly hour: number;
    readonly minute: number;
    readonly second: number;
    readonly millisecond: number;
    /** Ticks below one millisecond, 0-9999. */
    readonly subMillisecondTicks: number;
    readonly dayOfWeek: number;
}
export declare function datetimeFields(ticks: number): DatetimeFields;
/** Builds datetime ticks from UTC fields; out-of-range fields roll over. */
export declare function datetimeFromFields(year: number, month: number, day: number, hour?: number, minute?: number, second?: number, millisecond?: number): number;
export declare function startOfDay(ticks: number): number;
/** Weeks start on Sunday, as in Kusto's `startofweek`. */
export declare function startOfWeek(ticks: number): number;
export declare function startOfMonth(ticks: number): number;
export declare function startOfYear(ticks: number): number;
export declare function daysInMonth(year: number, month: number): number;
/**
 * Adds calendar months as .NET's `AddMonths` does: the day of month is
 * clamped to the last day of the target month (Jan 31 + 1 month = Feb 28
 * or 29).
 */
export declare function addMonths(ticks: number, months: number): number;
