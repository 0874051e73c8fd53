/**
 * GitHub's limit on an issue or pull-request comment body, in characters.
 * The check counts UTF-16 code units, which is never fewer than characters.
 */
export declare const MAX_COMMENT_LENGTH = 65536;
/**
 * Cuts a Markdown body to `limit` characters at a line boundary when it is
 * longer, closes the code fences and `<details>` blocks the cut leaves
 * open, and appends `note`. A body within the limit is returned unchanged.
 */
export declare function fitComment(body: string, note: string, limit?: number): string;
