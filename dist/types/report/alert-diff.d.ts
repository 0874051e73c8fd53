import type { AlertDiff } from "./types.js";
/**
 * One line of an alert diff, before any colour or Markdown is applied:
 * `-` expected, `+` actual, a space for context.
 */
export interface DiffLine {
    sign: "-" | "+" | " ";
    text: string;
}
/**
 * Lays out an alert diff as lines. A missing alert paired with its closest
 * unexpected alert comes first, as the fields its expectation names: an
 * equal field once as context, a differing one as `-` expected and `+`
 * actual. Then each unpaired missing (expected) alert under a `- missing
 * alert` header, and each unpaired unexpected (actual) alert under
 * `+ unexpected alert`, one `key: value` line per field, with the values of
 * one alert aligned (except after keys longer than {@link MAX_KEY_WIDTH}).
 * Row diffs use the word `row` instead of `alert`. Values print as compact
 * JSON, so the string `"4"` and the number `4` look different.
 */
export declare function diffLines(diff: AlertDiff): DiffLine[];
/** Formats a diff as plain text, one `- `, `+ ` or context line per entry. */
export declare function formatDiffText(diff: AlertDiff): string;
export declare function isEmptyDiff(diff: AlertDiff): boolean;
/**
 * Flattens an alert (or an expected row) into `[key, value]` pairs: the
 * columns first under their own names, then the alert details, each custom
 * detail as `customDetails.Name` and each entity as `entities[i]`.
 */
export declare function describeAlert(alert: unknown): [string, string][];
/** Formats one value as compact JSON (exact digits for a `bigint`). */
export declare function formatValue(value: unknown): string;
