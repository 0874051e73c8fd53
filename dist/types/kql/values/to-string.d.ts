import { type KustoType, type Value } from "../types.js";
/**
 * Converts a value to its string form, as KQL `tostring()` does: null is
 * the empty string, a datetime is ISO 8601 in UTC with seven fraction
 * digits when the fraction is not zero (`2026-04-20T08:10:00.5000000Z`), a
 * timespan is `[-][d.]hh:mm:ss[.fffffff]`, a real follows .NET's shortest
 * round-trip format, and a dynamic string is its text without quotes while
 * other dynamic values are compact JSON.
 */
export declare function toKustoString(value: Value, type: KustoType): string;
/** Formats datetime ticks with all seven fraction digits when non-zero. */
export declare function formatDatetimeFull(ticks: number): string;
