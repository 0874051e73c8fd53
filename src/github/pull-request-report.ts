import type { DiffReport } from "../diff/types.js";
import type { RunReport } from "../report/types.js";
import { createGitHubClient, findPullRequest, type EventContext } from "./client.js";
import { buildCommentBody } from "./comment-body.js";
import type { GateResult } from "./gate.js";
import {
  commentMarker,
  publishComment,
  type CommentFallback,
  type CommentOutcome,
} from "./sticky-comment.js";

export interface PullRequestReport {
  /** A token that may write pull-request comments, such as `GITHUB_TOKEN`. */
  token: string;
  /** `@actions/github`'s `context`, or the same fields. */
  context: EventContext;
  run?: RunReport;
  diff?: DiffReport;
  gate?: GateResult;
  /** Keeps one comment per key, so several workflows do not overwrite each other. Default `report`. */
  commentKey?: string;
  /** The URL of the page that shows the job summary, from {@link jobSummaryUrl}. */
  summaryUrl?: string;
  fallback: CommentFallback;
  /** The REST API's base URL, for tests and GitHub Enterprise Server. */
  baseUrl?: string;
}

export type ReportOutcome = CommentOutcome | { action: "skipped"; reason: string };

/**
 * Writes the report comment on the pull request the workflow runs for, or
 * updates it in place. Outside a pull request it does nothing and returns
 * the reason. Without write access it falls back to the job summary.
 */
export async function publishPullRequestReport(report: PullRequestReport): Promise<ReportOutcome> {
  const target = findPullRequest(report.context);
  if (!target) return { action: "skipped", reason: "the workflow does not run for a pull request" };

  const marker = commentMarker(report.commentKey);
  const body = buildCommentBody({
    marker,
    run: report.run,
    diff: report.diff,
    gate: report.gate,
    summaryUrl: report.summaryUrl,
  });
  const client = createGitHubClient(report.token, { baseUrl: report.baseUrl });
  return publishComment(client, target, body, { marker, fallback: report.fallback });
}

/**
 * Returns the URL of the workflow run's summary page from the runner's
 * environment (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`, `GITHUB_RUN_ID`),
 * or `undefined` outside GitHub Actions.
 */
export function jobSummaryUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!server || !repository || !runId) return undefined;
  return `${server}/${repository}/actions/runs/${runId}`;
}
