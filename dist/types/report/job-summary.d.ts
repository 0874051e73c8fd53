import type { RunReport } from "./types.js";
/** GitHub's limit on the job summary of one step, 1 MiB. */
export declare const SUMMARY_LIMIT_BYTES: number;
/**
 * Formats the job summary in GitHub-flavoured Markdown: the verdict and
 * totals, then per rule its threshold, mutant counts, errors, warnings and
 * a table of its cases and properties. Collapsible blocks hold the alert
 * diff of each failing case, the counterexample of each failed property
 * and the surviving mutants. When the text would pass `maxBytes` (UTF-8), the last rules are
 * left out and a closing line gives their number, because GitHub rejects a
 * larger summary as a whole.
 */
export declare function formatJobSummary(report: RunReport, maxBytes?: number): string;
/** Writes text as an inline code span that survives backticks inside it. */
export declare function codeSpan(text: string): string;
/** Escapes the HTML special characters, which GitHub renders in Markdown. */
export declare function escapeHtml(text: string): string;
/**
 * Escapes inline text so that Markdown shows it literally: HTML specials
 * become entities, and the characters that start emphasis, code, links,
 * strikethrough or a table cell get a backslash.
 */
export declare function escapeMarkdown(text: string): string;
/** Escapes text for one cell of a Markdown table, where a newline would end the row. */
export declare function escapeCell(text: string): string;
