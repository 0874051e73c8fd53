import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run-action.js";
import { defaultDependencies } from "../../src/cli/default-dependencies.js";
import { createTempRepo, type TempRepo } from "../diff/git-repo.js";
import { MockGitHub } from "../github/mock-github.js";
import { fakeCore, type FakeCore } from "./fake-core.js";

// These tests run the Action's entry point on a pull request: a real git
// repository with this project's rules, the real engine, and a GitHub REST
// API stand-in on 127.0.0.1.
const project = join(import.meta.dirname, "../..");
const linkRule = "rules/zoom/SupiciousLinkSharing.yaml";
const copiedRule = "rules/zoom/LinkSharingCopy.yaml";
const marker = "<!-- kql-rule-test:report -->";

/** Returns the link-sharing rule under a new id, so that it is a second rule. */
function copyOfLinkRule(): string {
  const text = readFileSync(join(project, linkRule), "utf8");
  return text.replace(/^id: .*$/m, "id: 5f0c9a52-1f7e-4e3c-9d59-0d6f3d1b2a77");
}

/** A case for the copied rule: one user posts a link in four channels. */
const copiedRuleCase = `rule: ${copiedRule}
name: copy raises one alert for four channels
at: 2026-04-20T09:00:00Z
tables:
  ZoomLogs:
${["a", "b", "c", "d"]
  .map(
    (channel, i) => `    - TimeGenerated: 2026-04-20T08:1${i}:00Z
      Event: chat_message.sent
      User: user9@example.com
      UserId: u-009
      ChatEvents: { Channel: ${channel}, Message: "see https://files.example.net/z" }`,
  )
  .join("\n")}
expect:
  triggered: true
  alerts:
    - columns: { User: user9@example.com, ChannelCount: 4 }
`;

let repo: TempRepo;
/** The base commit as a pull-request event gives it: the full hash. */
let baseSha: string;
/** The short hash that reports show. */
let baseShort: string;
let github: MockGitHub;
let runner: string;

beforeAll(() => {
  repo = createTempRepo();
  repo.copy(join(project, "rules"), "rules");
  repo.copy(join(project, "test-cases"), "test-cases");
  repo.copy(join(project, "schemas"), "schemas");
  baseShort = repo.commit("rules as on main");
  baseSha = repo.git("rev-parse", "HEAD").trim();
  repo.write(copiedRule, copyOfLinkRule());
  repo.write("test-cases/zoom/copy/four-channels.yaml", copiedRuleCase);
  repo.commit("add a copy of the link-sharing rule");
});

afterAll(() => repo.remove());

beforeEach(async () => {
  github = new MockGitHub();
  await github.start();
  runner = mkdtempSync(join(tmpdir(), "kql-rule-test-runner-"));
});

afterEach(async () => {
  await github.stop();
  rmSync(runner, { recursive: true, force: true });
});

function pullRequestEnv(eventName = "pull_request"): Record<string, string> {
  const eventPath = join(runner, "event.json");
  const payload = { pull_request: { number: 7, base: { sha: baseSha } } };
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_WORKSPACE: repo.root,
    RUNNER_TEMP: runner,
    GITHUB_STEP_SUMMARY: join(runner, "summary.md"),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "o/r",
    GITHUB_API_URL: github.baseUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "42",
  };
}

async function runOnPullRequest(core: FakeCore, env = pullRequestEnv()): Promise<void> {
  await runAction(core, env, defaultDependencies, "9.8.7");
}

// Fuzzing has its own test below; the other tests turn it off to stay fast.
const quick = { "fuzz-runs": "0" };
const tokenInputs = { ...quick, "github-token": "pr-token" };

describe("Action on a pull request", () => {
  it("diffs against the pull request's base", async () => {
    const core = fakeCore(tokenInputs);
    await runOnPullRequest(core);

    expect(core.failed).toEqual([]);
    expect(core.outputs["alerts-added"]).toBe("3");
    expect(core.outputs["alerts-removed"]).toBe("0");
    expect(core.logs).toContain(
      `group: alert diff against ${baseShort}: 3 added, 0 removed, 0 changed`,
    );
  });

  it("creates the comment, then updates it", async () => {
    await runOnPullRequest(fakeCore(tokenInputs));
    const second = fakeCore(tokenInputs);
    await runOnPullRequest(second);

    expect(github.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "GET /repos/o/r/issues/7/comments",
      "POST /repos/o/r/issues/7/comments",
      "GET /repos/o/r/issues/7/comments",
      "PATCH /repos/o/r/issues/comments/1000",
    ]);
    expect(github.requests[1].authorization).toBe("token pr-token");
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body.startsWith(`${marker}\n\n### ✅ kql-rule-test: `)).toBe(true);
    expect(github.comments[0].body).toContain(`Alert changes against ${baseShort}: 3 added, 0 removed, 0 changed`);
    expect(github.comments[0].body).toContain(`**Suspicious link sharing pattern** (\`${copiedRule}\`, added, cases changed)`);
    expect(second.logs).toContain(
      "info: report comment updated: https://github.com/o/r/pull/7#issuecomment-1000",
    );
  });

  it("keeps one comment per comment-key", async () => {
    await runOnPullRequest(fakeCore(tokenInputs));
    await runOnPullRequest(fakeCore({ ...tokenInputs, "comment-key": "nightly" }));

    expect(github.comments.map((comment) => comment.body.split("\n")[0])).toEqual([
      marker,
      "<!-- kql-rule-test:nightly -->",
    ]);
  });

  it("falls back to the summary for a fork", async () => {
    github.writeStatus = 403;
    const core = fakeCore(tokenInputs);
    await runOnPullRequest(core);

    expect(github.comments).toEqual([]);
    expect(core.failed).toEqual([]);
    expect(core.summaries).toHaveLength(2);
    expect(core.summaries[1].startsWith(`${marker}\n`)).toBe(true);
    expect(core.annotations.filter(([level]) => level === "notice")).toEqual([
      [
        "notice",
        "kql-rule-test could not comment on pull request #7 (HTTP 403; the token of a pull request from a fork is read-only), so the report is in the job summary.",
        undefined,
      ],
    ]);
  });

  it("warns when the API fails", async () => {
    github.writeStatus = 500;
    const core = fakeCore(tokenInputs);
    await runOnPullRequest(core);

    expect(core.failed).toEqual([]);
    const warnings = core.annotations.filter(([, message]) => message.startsWith("could not write"));
    expect(warnings.map(([level]) => level)).toEqual(["warning"]);
  });

  it("writes no comment without a token", async () => {
    const core = fakeCore(quick);
    await runOnPullRequest(core);

    expect(github.requests).toEqual([]);
    expect(core.logs).toContain("info: github-token is empty, so no pull-request comment is written");
  });

  it("writes no comment on a push", async () => {
    const core = fakeCore(tokenInputs);
    await runOnPullRequest(core, pullRequestEnv("push"));

    expect(github.requests).toEqual([]);
    expect(core.outputs["alerts-added"]).toBe("");
  });

  it("annotates files and lines", async () => {
    const core = fakeCore(tokenInputs);
    await runOnPullRequest(core);

    expect(core.annotations).toContainEqual([
      "warning",
      "'makeset' is deprecated; use 'make_set'\nhint: replace makeset with make_set; makeset keeps at most 128 values by default and make_set 1048576, so write make_set(..., 128) to keep the current results",
      { file: linkRule, startLine: 23, startColumn: 26 },
    ]);
    expect(core.annotations).toContainEqual([
      "warning",
      expect.stringMatching(/^'makeset' is deprecated/),
      { file: copiedRule, startLine: 23, startColumn: 26 },
    ]);
  });

  it("gates on max-new-alerts", async () => {
    const core = fakeCore({ ...tokenInputs, "max-new-alerts": "0" });
    await runOnPullRequest(core);

    expect(core.failed).toEqual([
      `kql-rule-test failed: the change against ${baseShort} adds 3 alerts, more than max-new-alerts (0)`,
    ]);
    expect(github.comments[0].body).toContain(`### ❌ kql-rule-test: `);
  });

  it("writes SARIF with lint results", async () => {
    const core = fakeCore({ ...quick, sarif: "kql-rule-test.sarif" });
    await runOnPullRequest(core);
    const log = JSON.parse(readFileSync(join(repo.root, "kql-rule-test.sarif"), "utf8"));
    rmSync(join(repo.root, "kql-rule-test.sarif"));
    const ids = log.runs[0].results.map((item: { ruleId: string }) => item.ruleId);

    expect(ids.filter((id: string) => id === "deprecated-function").length).toBeGreaterThanOrEqual(4);
  });
});

describe("Action with a failing case", () => {
  it("annotates the case at its file and line", async () => {
    const broken = "test-cases/zoom/copy/four-channels.yaml";
    const original = readFileSync(join(repo.root, broken), "utf8");
    repo.write(broken, original.replace("ChannelCount: 4", "ChannelCount: 5"));
    try {
      const core = fakeCore(tokenInputs);
      await runOnPullRequest(core);

      const errors = core.annotations.filter(([level]) => level === "error");
      expect(errors.map(([, , properties]) => properties)).toEqual([
        {
          title: "Suspicious link sharing pattern: copy raises one alert for four channels (failed)",
          file: broken,
          // The expected alert that no actual alert matches.
          startLine: 29,
        },
      ]);
      expect(core.failed).toEqual(["kql-rule-test failed: 1 case failed"]);
    } finally {
      repo.write(broken, original);
    }
  });
});

describe("Action on a shallow clone", () => {
  it("fetches the base commit", async () => {
    const bare = join(runner, "origin.git");
    const shallow = join(runner, "clone");
    execFileSync("git", ["clone", "--quiet", "--bare", repo.root, bare]);
    execFileSync("git", ["clone", "--quiet", "--depth=1", `file://${bare}`, shallow]);
    const hasBase = () =>
      spawnSync("git", ["cat-file", "-e", `${baseSha}^{commit}`], { cwd: shallow }).status === 0;
    expect(hasBase()).toBe(false);

    const core = fakeCore(quick);
    await runOnPullRequest(core, { ...pullRequestEnv(), GITHUB_WORKSPACE: shallow });

    expect(hasBase()).toBe(true);
    expect(core.logs).toContain(
      `info: fetching the base commit ${baseSha} from origin, because the clone does not contain it`,
    );
    expect(core.outputs["alerts-added"]).toBe("3");
    expect(core.failed).toEqual([]);
  });
});

describe("Action fuzzing a pull request", () => {
  it("reports mutants as warnings", async () => {
    const core = fakeCore({ "github-token": "pr-token", "fuzz-runs": "100", seed: "5" });
    await runOnPullRequest(core);
    const body = github.comments[0].body;

    expect(core.failed).toEqual([]);
    expect(body).toContain("### ✅ kql-rule-test: 25 of 29 cases passed, 4 xfail in 7 rules; 29 of 29 properties held");
    expect(body).toContain("| Suspicious link sharing pattern | 11 | 0 | 0 | 100% (8/8) |");
    expect(body).toContain("<details><summary>Surviving mutants (27, warnings)</summary>");
    expect(body).toContain(
      "- **External User Access Enabled** (`rules/zoom/ExternalUserAccess.yaml:19`): line 2: drop 'where Event =\\~ \"account.settings\\_updated\"'; suggested case: ",
    );
    expect(core.annotations).toContainEqual([
      "warning",
      "mutant survived: line 3: drop 'where Event =~ \"account.settings_updated\"'\nNo golden case tells this change from the rule: add a case whose expected alerts differ under it.\nno suggested case: none of the generated inputs makes this mutant raise other alerts than the rule",
      {
        title: "Zoom E2E Encryption Disabled: surviving mutant",
        file: "rules/zoom/E2EEDisbaled.yaml",
        startLine: 19,
        startColumn: 3,
      },
    ]);
  });
});
