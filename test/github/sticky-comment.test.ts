import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient, findPullRequest } from "../../src/github/client.js";
import {
  commentMarker,
  DEFAULT_MARKER,
  publishComment,
  type CommentFallback,
} from "../../src/github/sticky-comment.js";
import { jobSummaryUrl, publishPullRequestReport } from "../../src/github/pull-request-report.js";
import { MockGitHub } from "./mock-github.js";
import { runReport } from "./report-fixtures.js";

const target = { owner: "o", repo: "r", issueNumber: 7 };

let github: MockGitHub;
let summaries: string[];
let notices: string[];
const fallback: CommentFallback = {
  writeSummary: async (markdown) => {
    summaries.push(markdown);
  },
  notice: (message) => notices.push(message),
};

beforeEach(async () => {
  github = new MockGitHub();
  await github.start();
  summaries = [];
  notices = [];
});

afterEach(async () => {
  await github.stop();
});

function client() {
  return createGitHubClient("test-token", { baseUrl: github.baseUrl });
}

describe("publishComment", () => {
  it("creates the comment on the first run", async () => {
    github.addComment("a reviewer's comment");

    const outcome = await publishComment(client(), target, `${DEFAULT_MARKER}\nrun 1`, { fallback });

    expect(outcome).toEqual({
      action: "created",
      commentId: 1001,
      url: "https://github.com/o/r/pull/7#issuecomment-1001",
    });
    expect(github.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "GET /repos/o/r/issues/7/comments",
      "POST /repos/o/r/issues/7/comments",
    ]);
    expect(github.requests[1].body).toEqual({ body: `${DEFAULT_MARKER}\nrun 1` });
    expect(github.requests[1].authorization).toBe("token test-token");
  });

  it("updates the same comment on the next run", async () => {
    await publishComment(client(), target, `${DEFAULT_MARKER}\nrun 1`, { fallback });
    const outcome = await publishComment(client(), target, `${DEFAULT_MARKER}\nrun 2`, { fallback });

    expect(outcome.action).toBe("updated");
    expect(github.comments).toEqual([{ id: 1000, body: `${DEFAULT_MARKER}\nrun 2` }]);
    expect(github.requests.map((request) => request.method)).toEqual(["GET", "POST", "GET", "PATCH"]);
    expect(github.requests[3].path).toBe("/repos/o/r/issues/comments/1000");
  });

  it("finds the comment on a later page", async () => {
    for (let i = 0; i < 150; i++) github.addComment(`comment ${i}`);
    const id = github.addComment(`${DEFAULT_MARKER}\nold`);

    const outcome = await publishComment(client(), target, `${DEFAULT_MARKER}\nnew`, { fallback });

    expect(outcome).toMatchObject({ action: "updated", commentId: id });
    expect(github.requests.filter((request) => request.method === "GET")).toHaveLength(2);
  });

  it("ignores a comment quoting the marker", async () => {
    github.addComment(`> ${DEFAULT_MARKER}\n> quoted`);

    const outcome = await publishComment(client(), target, `${DEFAULT_MARKER}\nrun`, { fallback });

    expect(outcome.action).toBe("created");
    expect(github.comments).toHaveLength(2);
  });

  it("keeps one comment per marker", async () => {
    const other = commentMarker("release");
    await publishComment(client(), target, `${DEFAULT_MARKER}\nreport`, { fallback });

    const outcome = await publishComment(client(), target, `${other}\ngate`, { marker: other, fallback });

    expect(outcome.action).toBe("created");
    expect(github.comments.map((comment) => comment.body)).toEqual([
      `${DEFAULT_MARKER}\nreport`,
      `${other}\ngate`,
    ]);
  });

  it("falls back to the job summary on 403", async () => {
    github.writeStatus = 403;

    const outcome = await publishComment(client(), target, `${DEFAULT_MARKER}\nfork`, { fallback });

    expect(outcome).toEqual({ action: "summary", status: 403 });
    expect(summaries).toEqual([`${DEFAULT_MARKER}\nfork`]);
    expect(notices).toEqual([
      "kql-rule-test could not comment on pull request #7 (HTTP 403; the token of a pull request from a fork is read-only), so the report is in the job summary.",
    ]);
    expect(github.comments).toEqual([]);
  });

  it("falls back to the job summary on 404", async () => {
    github.writeStatus = 404;

    const outcome = await publishComment(client(), target, `${DEFAULT_MARKER}\nfork`, { fallback });

    expect(outcome).toEqual({ action: "summary", status: 404 });
    expect(summaries).toHaveLength(1);
  });

  it("propagates other API errors", async () => {
    github.writeStatus = 500;

    const publish = publishComment(client(), target, `${DEFAULT_MARKER}\nx`, { fallback });

    await expect(publish).rejects.toMatchObject({ status: 500 });
    expect(summaries).toEqual([]);
  });

  it("rejects a body without its marker", async () => {
    const publish = publishComment(client(), target, "no marker", { fallback });

    await expect(publish).rejects.toThrow("comment body must start with its marker");
  });
});

describe("findPullRequest", () => {
  it("reads the pull request number", () => {
    const context = { repo: { owner: "o", repo: "r" }, payload: { pull_request: { number: 7 } } };

    expect(findPullRequest(context)).toEqual(target);
  });

  it("returns nothing for a push", () => {
    expect(findPullRequest({ repo: { owner: "o", repo: "r" }, payload: {} })).toBeUndefined();
  });
});

describe("commentMarker", () => {
  it("rejects a key that would break the marker", () => {
    expect(() => commentMarker("a -->")).toThrow("invalid comment key 'a -->'");
  });
});

describe("publishPullRequestReport", () => {
  const context = { repo: { owner: "o", repo: "r" }, payload: { pull_request: { number: 7 } } };

  it("creates then updates the report comment", async () => {
    const report = { token: "t", context, run: runReport(), fallback, baseUrl: github.baseUrl };

    const first = await publishPullRequestReport(report);
    const second = await publishPullRequestReport({ ...report, summaryUrl: "https://example.com/run" });

    expect(first.action).toBe("created");
    expect(second.action).toBe("updated");
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body.startsWith(`${DEFAULT_MARKER}\n\n### ✅ kql-rule-test:`)).toBe(true);
  });

  it("skips a workflow without a pull request", async () => {
    const push = { repo: { owner: "o", repo: "r" }, payload: {} };

    const outcome = await publishPullRequestReport({ token: "t", context: push, fallback, baseUrl: github.baseUrl });

    expect(outcome).toEqual({ action: "skipped", reason: "the workflow does not run for a pull request" });
    expect(github.requests).toEqual([]);
  });

  it("uses a separate comment per key", async () => {
    const report = { token: "t", context, fallback, baseUrl: github.baseUrl };

    await publishPullRequestReport(report);
    await publishPullRequestReport({ ...report, commentKey: "nightly" });

    expect(github.comments.map((comment) => comment.body.split("\n")[0])).toEqual([
      "<!-- kql-rule-test:report -->",
      "<!-- kql-rule-test:nightly -->",
    ]);
  });
});

describe("jobSummaryUrl", () => {
  it("links the workflow run", () => {
    const env = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "o/r", GITHUB_RUN_ID: "42" };

    expect(jobSummaryUrl(env)).toBe("https://github.com/o/r/actions/runs/42");
  });

  it("returns nothing outside Actions", () => {
    expect(jobSummaryUrl({})).toBeUndefined();
  });
});
