import type { DiffReport } from "../diff/types.js";
import type { GateResult } from "../github/gate.js";
import { jobSummaryUrl, publishPullRequestReport } from "../github/pull-request-report.js";
import type { RunReport } from "../report/types.js";
import type { WorkflowEvent } from "./event.js";
import type { ActionInputs } from "./inputs.js";

/** The logging part of `@actions/core` the comment step uses. */
export interface CommentLogger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
}

/** The reports the comment shows. */
export interface CommentReports {
  run: RunReport;
  diff?: DiffReport;
  gate: GateResult;
}

/**
 * Writes or updates the report comment on the pull request the workflow
 * runs for. Without a pull request or a token it only logs why. A token
 * that may not write (a pull request from a fork) sends the report to the
 * job summary through `writeSummary`. Any other API failure is logged as a
 * warning, because the job's verdict comes from the tests, not the comment.
 */
export async function commentOnPullRequest(
  logger: CommentLogger,
  env: Record<string, string | undefined>,
  inputs: ActionInputs,
  event: WorkflowEvent,
  reports: CommentReports,
  writeSummary: (markdown: string) => Promise<void>,
): Promise<void> {
  if (!event.context.payload.pull_request) {
    const name = event.name || "unknown";
    logger.debug(`no pull request in the ${name} event, so no comment is written`);
    return;
  }
  if (!inputs.token) {
    logger.info("github-token is empty, so no pull-request comment is written");
    return;
  }

  try {
    const outcome = await publishPullRequestReport({
      ...reports,
      token: inputs.token,
      context: event.context,
      commentKey: commentKeyOf(inputs),
      summaryUrl: jobSummaryUrl(env),
      fallback: { writeSummary, notice: (message) => logger.notice(message) },
      baseUrl: env.GITHUB_API_URL,
    });
    if (outcome.action === "created" || outcome.action === "updated") {
      logger.info(`report comment ${outcome.action}: ${outcome.url}`);
    }
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    logger.warning(`could not write the pull-request comment: ${message}`);
  }
}

/** Returns the comment key; each shard of a split keeps its own comment. */
function commentKeyOf(inputs: ActionInputs): string | undefined {
  if (inputs.commentKey !== undefined || !inputs.shard) return inputs.commentKey;
  return `report-shard-${inputs.shard.index}-of-${inputs.shard.count}`;
}
