import { describe, expect, it } from "vitest";
import { formatDiffText } from "../../src/diff/text.js";
import type { DiffReport, RuleDiff } from "../../src/diff/types.js";

const alert = (count: number) => ({
  columns: { User: "a@example.com", ChannelCount: count },
  entities: [{ type: "Account", FullName: "a@example.com" }],
});

function ruleDiff(overrides: Partial<RuleDiff>): RuleDiff {
  return {
    id: "r1",
    name: "Suspicious link sharing pattern",
    file: "rules/zoom/SupiciousLinkSharing.yaml",
    change: "modified",
    reasons: ["rule"],
    inputs: 3,
    added: [],
    removed: [],
    changed: [],
    errors: [],
    ...overrides,
  };
}

function report(rules: RuleDiff[]): DiffReport {
  return {
    base: "abc1234",
    head: "def5678",
    dirty: false,
    summary: { rules: rules.length, added: 1, removed: 1, changed: 1, errors: 0 },
    rules,
    errors: [],
  };
}

describe("formatDiffText", () => {
  it("renders added, removed and changed alerts", () => {
    const rule = ruleDiff({
      added: [{ case: "four channels", alert: alert(4) }],
      removed: [{ case: "five channels", alert: { columns: { User: "b" }, entities: [] } }],
      changed: [{ case: "six", alert: alert(6), base: alert(5), columns: ["ChannelCount"] }],
    });

    expect(formatDiffText(report([rule]))).toBe(
      [
        "alerts abc1234..def5678: 1 rule, 1 added, 1 removed, 1 changed",
        "",
        "rules/zoom/SupiciousLinkSharing.yaml (modified): Suspicious link sharing pattern",
        "  + [four channels] User=a@example.com, ChannelCount=4 (entities: Account FullName=a@example.com)",
        "  - [five channels] User=b",
        "  ~ [six] Account FullName=a@example.com",
        "      ChannelCount: 5 -> 6",
        "",
      ].join("\n"),
    );
  });

  it("says when a rule's alerts did not change", () => {
    const rule = ruleDiff({ reasons: ["cases", "schemas"] });

    const text = formatDiffText({ ...report([rule]), dirty: true });

    expect(text.split("\n").slice(0, 4)).toEqual([
      "alerts abc1234..def5678 + working tree: 1 rule, 1 added, 1 removed, 1 changed",
      "",
      "rules/zoom/SupiciousLinkSharing.yaml (modified, cases and schemas changed): Suspicious link sharing pattern",
      "  no alert changes on 3 inputs",
    ]);
  });

  it("shows changed entities", () => {
    const before = { columns: { User: "a" }, entities: [] };
    const after = { columns: { User: "a" }, entities: [{ type: "Account", Name: "a" }] };
    const rule = ruleDiff({ changed: [{ case: "c", alert: after, base: before, columns: [] }] });

    const lines = formatDiffText(report([rule])).split("\n");

    expect(lines.slice(3, 5)).toEqual(["  ~ [c] Account Name=a", "      entities: (none) -> Account Name=a"]);
  });

  it("indents rule errors", () => {
    const error = { message: "m", text: "error: base version: m\n  --> rules/x.yaml:3" };
    const rule = ruleDiff({ errors: [error] });

    const lines = formatDiffText(report([rule])).split("\n");

    expect(lines.slice(3, 5)).toEqual(["  error: base version: m", "    --> rules/x.yaml:3"]);
  });
});
