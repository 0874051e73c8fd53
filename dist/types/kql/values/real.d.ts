/**
 * Formats a `real` the way .NET's `double.ToString()` does, since Kusto
 * runs on .NET. The text is the shortest that reads back to the same
 * double. It uses scientific notation (`1E+15`, `1.5E-06`) when the decimal
 * exponent is at least 15 or at most -5. The non-finite values print as
 * `NaN`, `Infinity` and `-Infinity`.
 */
export declare function formatReal(value: number): string;
/**
 * Parses real-number text: decimal or exponent notation, or `NaN`,
 * `Infinity`, `-Infinity` (any case). Returns `null` for anything else.
 */
export declare function parseReal(text: string): number | null;
