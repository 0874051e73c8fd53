export { pickAnnotations, formatRemainder, MAX_ANNOTATIONS_PER_LEVEL, type Annotation } from "./annotations.js";
export { createGitHubClient, findPullRequest, type GitHubClient, type PullRequestTarget } from "./client.js";
export { buildCommentBody, type CommentContent } from "./comment-body.js";
export { fitComment, MAX_COMMENT_LENGTH } from "./fit-comment.js";
export { evaluateGate, parseGateOptions, FAIL_ON_VALUES, type FailOn, type GateOptions, type GateResult } from "./gate.js";
export { publishPullRequestReport, jobSummaryUrl, type PullRequestReport, type ReportOutcome } from "./pull-request-report.js";
export { parseShard, shardRules, type ShardSpec } from "./shard.js";
export { commentMarker, publishComment, DEFAULT_MARKER, type CommentFallback, type CommentOutcome } from "./sticky-comment.js";
