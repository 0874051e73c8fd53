/**
 * GitHub's limit on an issue or pull-request comment body, in characters.
 * The check counts UTF-16 code units, which is never fewer than characters.
 */
export const MAX_COMMENT_LENGTH = 65_536;

/** Room kept for the closing tags and fences added after a cut. */
const CLOSING_ROOM = 400;

/**
 * Cuts a Markdown body to `limit` characters at a line boundary when it is
 * longer, closes the code fences and `<details>` blocks the cut leaves
 * open, and appends `note`. A body within the limit is returned unchanged.
 */
export function fitComment(body: string, note: string, limit = MAX_COMMENT_LENGTH): string {
  if (body.length <= limit) return body;

  const budget = limit - note.length - CLOSING_ROOM;
  if (budget <= 0) throw new Error(`comment limit ${limit} leaves no room for the note`);
  const cut = body.lastIndexOf("\n", budget);
  const truncated = body.slice(0, cut > 0 ? cut : budget);
  return [truncated, ...closingLines(truncated), "", note].join("\n");
}

function closingLines(text: string): string[] {
  let fence: string | undefined;
  let openDetails = 0;
  for (const line of text.split("\n")) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = undefined;
      }
      continue;
    }
    if (marker !== undefined) fence = marker;
    openDetails += countTags(line, /<details[\s>]/g) - countTags(line, /<\/details>/g);
  }

  const closing = fence === undefined ? [] : [fence];
  for (let i = 0; i < openDetails; i++) closing.push("", "</details>");
  return closing;
}

function countTags(line: string, pattern: RegExp): number {
  return line.match(pattern)?.length ?? 0;
}
