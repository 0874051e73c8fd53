import { httpStatusOf, type GitHubClient, type PullRequestTarget } from "./client.js";

/** The default marker: a hidden HTML comment at the start of the body. */
export const DEFAULT_MARKER = "<!-- kql-rule-test:report -->";

/** Returns the marker for a key, so that several workflows keep one comment each. */
export function commentMarker(key = "report"): string {
  if (!/^[\w.-]+$/.test(key)) throw new Error(`invalid comment key '${key}'`);
  return `<!-- kql-rule-test:${key} -->`;
}

/** The job summary and the notice used when the token cannot write comments. */
export interface CommentFallback {
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
  /** Shows a notice in the workflow run. */
  notice(message: string): void;
}

export type CommentOutcome =
  | { action: "created" | "updated"; commentId: number; url: string }
  | { action: "summary"; status: number };

/**
 * Creates the pull request's report comment, or updates it in place when a
 * comment whose body starts with `marker` exists, so each run edits the same
 * comment. `body` must start with `marker`. When the token may not write
 * (403 or 404, as for a pull request from a fork), the body goes to the job
 * summary with a notice instead and the call succeeds. Other API errors
 * propagate.
 */
export async function publishComment(
  client: GitHubClient,
  target: PullRequestTarget,
  body: string,
  options: { marker?: string; fallback: CommentFallback },
): Promise<CommentOutcome> {
  const marker = options.marker ?? DEFAULT_MARKER;
  if (!body.startsWith(marker)) throw new Error("comment body must start with its marker");

  try {
    return await writeComment(client, target, body, marker);
  } catch (error: unknown) {
    const status = httpStatusOf(error);
    if (status !== 403 && status !== 404) throw error;

    await options.fallback.writeSummary(body);
    options.fallback.notice(
      `kql-rule-test could not comment on pull request #${target.issueNumber} (HTTP ${status}; the token of a pull request from a fork is read-only), so the report is in the job summary.`,
    );
    return { action: "summary", status };
  }
}

async function writeComment(
  client: GitHubClient,
  target: PullRequestTarget,
  body: string,
  marker: string,
): Promise<CommentOutcome> {
  const { owner, repo, issueNumber } = target;
  const existing = await findComment(client, target, marker);
  if (existing === undefined) {
    const { data } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body,
    });
    return { action: "created", commentId: data.id, url: data.html_url };
  }

  const { data } = await client.rest.issues.updateComment({
    owner,
    repo,
    comment_id: existing,
    body,
  });
  return { action: "updated", commentId: data.id, url: data.html_url };
}

/** Returns the id of the first comment whose body starts with `marker`. */
async function findComment(
  client: GitHubClient,
  target: PullRequestTarget,
  marker: string,
): Promise<number | undefined> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments.find((comment) => comment.body?.trimStart().startsWith(marker))?.id;
}
