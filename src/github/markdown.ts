import { escapeHtml } from "../report/job-summary.js";

export { escapeHtml };

/** Escapes text for a Markdown table cell: pipes, line breaks and HTML. */
export function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Wraps text in a code fence longer than any backtick run inside it. */
export function fence(text: string, language = ""): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const marker = "`".repeat(longest + 1);
  return `${marker}${language}\n${text}\n${marker}`;
}

/**
 * Wraps Markdown in a `<details>` block, open when its content has at most
 * `openLines` lines.
 */
export function details(summary: string, content: string, openLines = 15): string {
  const open = content.split("\n").length <= openLines ? " open" : "";
  return `<details${open}><summary>${summary}</summary>\n\n${content}\n\n</details>`;
}

/** Formats a count with its noun, adding `s` unless it is 1. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
