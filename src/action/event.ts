import { readFileSync } from "node:fs";
import type { EventContext } from "../github/client.js";

/** The workflow event the Action runs for, read from the runner's environment. */
export interface WorkflowEvent {
  /** `GITHUB_EVENT_NAME`, such as `pull_request` or `push`. */
  name: string;
  context: EventContext;
  /** The base commit of a `pull_request` or `pull_request_target` event. */
  baseSha?: string;
}

interface PullRequestPayload {
  pull_request?: { number?: number; base?: { sha?: string } };
}

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

/**
 * Reads the event from `GITHUB_EVENT_NAME`, `GITHUB_REPOSITORY` and the
 * payload file at `GITHUB_EVENT_PATH`, as `@actions/github`'s `context`
 * does, but from the given environment so tests can set it. Outside a
 * runner the event has no name, repository or payload.
 */
export function readWorkflowEvent(env: Record<string, string | undefined>): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pullRequest = PULL_REQUEST_EVENTS.has(name) ? payload.pull_request : undefined;

  return {
    name,
    context: { repo: { owner, repo }, payload: { pull_request: pullRequest } },
    baseSha: pullRequest?.base?.sha,
  };
}

function readPayload(path: string | undefined): PullRequestPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as PullRequestPayload;
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read the event payload ${path}: ${reason}`);
  }
}
