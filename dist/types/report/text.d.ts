import type { RunReport } from "./types.js";
export interface TextOptions {
    /** Use ANSI colours; see {@link shouldColor}. */
    color: boolean;
}
/**
 * Decides whether terminal output gets colours: only on a TTY, and never
 * when the `NO_COLOR` variable is set to a non-empty value (the no-color.org
 * convention, which treats an empty value as unset).
 */
export declare function shouldColor(stream: {
    isTTY?: boolean;
}, env: Record<string, string | undefined>): boolean;
/**
 * Formats the terminal report: per rule a header and one line per case,
 * the alert diff of each failing case, `xfail` reasons, properties,
 * surviving mutants, errors in the compiler-style frame, then the totals.
 * The text ends with a newline.
 */
export declare function formatTextReport(report: RunReport, options: TextOptions): string;
