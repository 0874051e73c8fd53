import { getOctokit } from "@actions/github";

/** The Octokit client of `@actions/github`, with the REST methods. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** The REST API's base URL. Defaults to `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
}

/**
 * Builds the one GitHub client the tool uses. It honours the runner's proxy
 * settings and, on GitHub Enterprise Server, `GITHUB_API_URL`.
 */
export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL;
  return getOctokit(token, baseUrl ? { baseUrl } : {});
}

/** The repository and number of a pull request (an issue number, for the API). */
export interface PullRequestTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** The parts of `@actions/github`'s `context` that locate a pull request. */
export interface EventContext {
  repo: { owner: string; repo: string };
  payload: { pull_request?: { number?: number } };
}

/**
 * Returns the pull request a workflow runs for (`pull_request` and
 * `pull_request_target` events), or `undefined` for other events.
 */
export function findPullRequest(context: EventContext): PullRequestTarget | undefined {
  const issueNumber = context.payload.pull_request?.number;
  if (issueNumber === undefined) return undefined;
  return { owner: context.repo.owner, repo: context.repo.repo, issueNumber };
}

/** Returns the HTTP status of an Octokit request error, if it has one. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
