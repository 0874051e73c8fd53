import { describe, expect, it } from "vitest";
import { buildCommentBody } from "../../src/github/comment-body.js";
import { fitComment, MAX_COMMENT_LENGTH } from "../../src/github/fit-comment.js";
import { DEFAULT_MARKER } from "../../src/github/sticky-comment.js";
import type { DiffReport } from "../../src/diff/types.js";
import { caseReport, diffReport, ruleReport, runReport } from "./report-fixtures.js";

const alert = (count: number) => ({
  columns: { User: "a@example.com", ChannelCount: count },
  entities: [{ type: "Account", FullName: "a@example.com" }],
});

const failedCase = caseReport({
  name: "five channels",
  line: 14,
  status: "failed",
  message: "1 expected alert missing",
  diff: { missing: [alert(5)], unexpected: [] },
});

const diff: DiffReport = {
  ...diffReport({ rules: 1, added: 1, removed: 0, changed: 1 }),
  rules: [
    {
      id: "r1",
      name: "Suspicious link sharing pattern",
      file: "rules/zoom/SupiciousLinkSharing.yaml",
      change: "modified",
      reasons: ["rule"],
      inputs: 2,
      added: [{ case: "four channels", alert: alert(4) }],
      removed: [],
      changed: [{ case: "six", alert: alert(6), base: alert(5), columns: ["ChannelCount"] }],
      errors: [],
    },
  ],
};

describe("buildCommentBody", () => {
  it("renders verdict, table, failures and diff", () => {
    const run = runReport([
      ruleReport({
        status: "failed",
        cases: [caseReport(), failedCase],
        mutants: [
          { description: "> to >=", killed: true },
          { description: "3 to 4", killed: false },
        ],
        mutationScore: 0.5,
      }),
      ruleReport({ name: "Rule | with pipe", mutationScore: null }),
    ]);
    const gate = { fail: true, reasons: ["1 case failed"], ignored: [] };

    const body = buildCommentBody({ marker: DEFAULT_MARKER, run, diff, gate });

    expect(body).toMatchSnapshot();
  });

  it("passes a clean run", () => {
    const body = buildCommentBody({ marker: DEFAULT_MARKER, run: runReport() });

    expect(body.split("\n").slice(0, 3)).toEqual([
      DEFAULT_MARKER,
      "",
      "### ✅ kql-rule-test: 1 of 1 case passed in 1 rule",
    ]);
  });

  it("says when no rule changed", () => {
    const body = buildCommentBody({ marker: DEFAULT_MARKER, diff: diffReport() });

    expect(body).toContain("Alert changes against abc1234: 0 added, 0 removed, 0 changed: no rule, case or schema changed.");
  });

  it("collapses a long rule table", () => {
    const rules = Array.from({ length: 21 }, (_, i) => ruleReport({ id: `r${i}`, name: `rule ${i}` }));

    const body = buildCommentBody({ marker: DEFAULT_MARKER, run: runReport(rules) });

    expect(body).toContain("<details><summary>Rules (21)</summary>");
  });

  it("lists errors and counts xpass as failed", () => {
    const error = { message: "invalid YAML", file: "rules/x.yaml", line: 2, text: "error: invalid YAML\n  --> rules/x.yaml:2" };
    const rule = ruleReport({ status: "error", errors: [error], cases: [caseReport({ status: "xpass" })] });

    const body = buildCommentBody({ marker: DEFAULT_MARKER, run: runReport([rule]) });

    expect(body).toContain("| Suspicious link sharing pattern | 0 | 1 | 1 | 100% |");
    expect(body).toContain("<details open><summary>Errors (1)</summary>\n\n```\nerror: invalid YAML\n  --> rules/x.yaml:2\n```");
    expect(body).toContain("### ❌ kql-rule-test: 0 of 1 case passed, 1 error, 1 xpass in 1 rule");
  });

  it("escapes HTML in names", () => {
    const rule = ruleReport({ name: "a <b> rule" });

    expect(buildCommentBody({ marker: DEFAULT_MARKER, run: runReport([rule]) })).toContain("| a &lt;b&gt; rule |");
  });

  it("stays under GitHub's limit", () => {
    const cases = Array.from({ length: 3000 }, (_, i) => caseReport({ ...failedCase, name: `case ${i}` }));
    const run = runReport([ruleReport({ status: "failed", cases })]);

    const body = buildCommentBody({
      marker: DEFAULT_MARKER,
      run,
      summaryUrl: "https://github.com/o/r/actions/runs/1",
    });

    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body.startsWith(DEFAULT_MARKER)).toBe(true);
    expect(body.endsWith(
      "> This comment was cut to fit GitHub's comment size limit; [the job summary](https://github.com/o/r/actions/runs/1) has the full report.",
    )).toBe(true);
  });
});

describe("fitComment", () => {
  it("keeps a short body", () => {
    expect(fitComment("short", "note", 100)).toBe("short");
  });

  it("closes an open fence and details", () => {
    const body = ["<details><summary>s</summary>", "", "```diff", ...Array(200).fill("+ line")].join("\n");

    const fitted = fitComment(body, "NOTE", 900);

    const lines = fitted.split("\n");
    expect(fitted.length).toBeLessThanOrEqual(900);
    expect(lines.slice(-6)).toEqual(["+ line", "```", "", "</details>", "", "NOTE"]);
  });

  it("leaves closed blocks alone", () => {
    const body = ["<details><summary>s</summary>", "```", "x", "```", "</details>", ...Array(200).fill("text")].join("\n");

    const lines = fitComment(body, "NOTE", 900).split("\n");

    expect(lines.slice(-3)).toEqual(["text", "", "NOTE"]);
  });

  it("ignores a shorter fence inside a longer one", () => {
    const body = ["````", "```", ...Array(600).fill("x")].join("\n");

    const lines = fitComment(body, "NOTE", 900).split("\n");

    expect(lines.slice(-4)).toEqual(["x", "````", "", "NOTE"]);
  });
});
