import { escapeHtml } from "../report/job-summary.js";
export { escapeHtml };
/** Escapes text for a Markdown table cell: pipes, line breaks and HTML. */
export declare function cell(text: string): string;
/** Wraps text in a code fence longer than any backtick run inside it. */
export declare function fence(text: string, language?: string): string;
/**
 * Wraps Markdown in a `<details>` block, open when its content has at most
 * `openLines` lines.
 */
export declare function details(summary: string, content: string, openLines?: number): string;
/** Formats a count with its noun, adding `s` unless it is 1. */
export declare function plural(count: number, noun: string, pluralNoun?: string): string;
