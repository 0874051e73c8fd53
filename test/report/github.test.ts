import { describe, expect, it } from "vitest";
import type { AnnotationProperties } from "@actions/core";
import { pickAnnotations } from "../../src/github/annotations.js";
import {
  buildAnnotations,
  buildDiffAnnotations,
  emitAnnotations,
  formatStepSummary,
  writeJobSummary,
  type AnnotationCore,
} from "../../src/report/github.js";
import {
  codeSpan,
  escapeCell,
  escapeMarkdown,
  formatJobSummary,
} from "../../src/report/job-summary.js";
import { caseReport, diffReport, ruleReport, runReport } from "../github/report-fixtures.js";
import { fixtureReport } from "./fixture-report.js";

interface RecordingCore extends AnnotationCore {
  calls: [string, string, AnnotationProperties | undefined][];
  summaryText: string[];
  writes: number;
}

function fakeCore(): RecordingCore {
  const core: RecordingCore = {
    calls: [],
    summaryText: [],
    writes: 0,
    error: (message, properties) => core.calls.push(["error", message, properties]),
    warning: (message, properties) => core.calls.push(["warning", message, properties]),
    notice: (message, properties) => core.calls.push(["notice", message, properties]),
    summary: {
      addRaw: (text: string) => core.summaryText.push(text),
      write: async () => {
        core.writes += 1;
      },
    },
  };
  return core;
}

describe("buildAnnotations", () => {
  it("lists errors and warnings in report order", () => {
    const annotations = buildAnnotations(fixtureReport());

    expect(annotations.map((annotation) => [annotation.level, annotation.properties])).toEqual([
      ["error", { file: "test-cases/zoom/orphan.yaml", startLine: 1, startColumn: 7 }],
      ["warning", { file: "rules/zoom/SupiciousLinkSharing.yaml", startLine: 22, startColumn: 34 }],
      [
        "error",
        {
          title: "Suspicious link sharing pattern: five channels raise one alert (failed)",
          file: "test-cases/zoom/link-sharing.yaml",
          startLine: 40,
        },
      ],
      [
        "error",
        {
          title: "Suspicious link sharing pattern: upper-case scheme is missed (xpass)",
          file: "test-cases/zoom/link-sharing.yaml",
          startLine: 100,
        },
      ],
      [
        "warning",
        {
          title: "Suspicious link sharing pattern: surviving mutant",
          file: "rules/zoom/SupiciousLinkSharing.yaml",
          startLine: 17,
          startColumn: 19,
        },
      ],
      ["error", { file: "rules/zoom/Broken.yaml", startLine: 4, startColumn: 3 }],
      [
        "error",
        {
          title: "Broken <rule> & co: any case (error)",
          file: "test-cases/zoom/broken.yaml",
          startLine: 1,
        },
      ],
    ]);
  });

  it("puts the diff in a failing case's message", () => {
    const failing = buildAnnotations(fixtureReport())[2];

    expect(failing.message).toBe(
      [
        "1 expected alert missing, 1 unexpected alert",
        "- missing alert",
        '-   User:         "user1@example.com"',
        "-   ChannelCount: 5",
        "+ unexpected alert",
        '+   User:         "user1@example.com"',
        "+   ChannelCount: 4",
        '+   AccountName:  "user1"',
        '+   entities[0]:  {"type":"Account","Name":"user1"}',
      ].join("\n"),
    );
  });

  it("adds the hint to an input error", () => {
    expect(buildAnnotations(fixtureReport())[0].message).toBe(
      "case names no known rule 'rules/zoom/Missing.yaml'\nhint: give the path of a rule file or a rule id",
    );
  });

  it("annotates a failed property at the rule", () => {
    const report = fixtureReport();
    report.rules[0].properties[0].status = "failed";
    const property = buildAnnotations(report).find((annotation) =>
      annotation.properties.title?.includes("property"),
    );

    expect(property).toEqual({
      level: "error",
      message: "property failed after 200 runs\nruns: 200, seed: 42 (run with this seed to replay the inputs)",
      properties: {
        title: "Suspicious link sharing pattern: property threshold boundary",
        file: "rules/zoom/SupiciousLinkSharing.yaml",
      },
    });
  });

  it("annotates a declared property at its file", () => {
    const report = fixtureReport();
    report.rules[0].properties[0] = {
      ...report.rules[0].properties[0],
      status: "failed",
      message: "n = 3 raised an alert, but n > 3 is false",
      file: "test-cases/zoom/link-in-n-channels.yaml",
      line: 11,
      counterexampleFile: "out/rules/zoom/SupiciousLinkSharing.boundary.yaml",
    };
    const property = buildAnnotations(report).find((annotation) =>
      annotation.properties.title?.includes("property"),
    );

    expect(property).toEqual({
      level: "error",
      message: [
        "n = 3 raised an alert, but n > 3 is false",
        "runs: 200, seed: 42 (run with this seed to replay the inputs)",
        "shrunk counterexample written to out/rules/zoom/SupiciousLinkSharing.boundary.yaml",
      ].join("\n"),
      properties: {
        title: "Suspicious link sharing pattern: property threshold boundary",
        file: "test-cases/zoom/link-in-n-channels.yaml",
        startLine: 11,
      },
    });
  });

  it("warns once per surviving mutant", () => {
    const mutants = buildAnnotations(fixtureReport()).filter((annotation) =>
      annotation.properties.title?.endsWith("surviving mutant"),
    );

    expect(mutants).toEqual([
      {
        level: "warning",
        message: [
          "mutant survived: threshold 3 replaced by 4",
          "No golden case tells this change from the rule: add a case whose expected alerts differ under it.",
          "suggested case: ChannelCount = 4 raises one alert",
          "written to counterexamples/rules/zoom/SupiciousLinkSharing.kill-threshold-3-replaced-by-4.yaml",
        ].join("\n"),
        properties: {
          title: "Suspicious link sharing pattern: surviving mutant",
          file: "rules/zoom/SupiciousLinkSharing.yaml",
          startLine: 17,
          startColumn: 19,
        },
      },
    ]);
  });
});

describe("emitAnnotations", () => {
  it("sends the picked annotations", () => {
    const core = fakeCore();
    const annotations = buildAnnotations(fixtureReport());
    const remainder = emitAnnotations(annotations, core);

    const shown = pickAnnotations(annotations).shown;
    expect(core.calls).toEqual(shown.map((item) => [item.level, item.message, item.properties]));
    expect(core.calls.map(([level]) => level)).toEqual([
      "error",
      "error",
      "error",
      "error",
      "error",
      "warning",
      "warning",
    ]);
    expect(remainder).toEqual([]);
  });

  it("returns what GitHub would drop", () => {
    const cases = Array.from({ length: 12 }, (_, i) => caseReport({ status: "failed", line: i + 1 }));
    const core = fakeCore();
    const remainder = emitAnnotations(buildAnnotations(runReport([ruleReport({ cases })])), core);

    expect(core.calls).toHaveLength(10);
    expect(remainder.map((item) => item.properties.startLine)).toEqual([11, 12]);
  });
});

describe("buildDiffAnnotations", () => {
  it("annotates the diff's errors", () => {
    const diff = diffReport({ errors: 2 });
    const error = { message: "base version: bad KQL", file: "rules/a.yaml", line: 4, column: 9, hint: "fix it", text: "" };
    diff.rules = [
      { id: "a", name: "A", file: "rules/a.yaml", change: "modified", reasons: ["rule"], inputs: 1, added: [], removed: [], changed: [], errors: [error] },
    ];
    diff.errors = [{ message: "schemas/T.json is invalid", file: "schemas/T.json", text: "" }];

    expect(buildDiffAnnotations(diff)).toEqual([
      {
        level: "error",
        message: "base version: bad KQL\nhint: fix it",
        properties: { file: "rules/a.yaml", startLine: 4, startColumn: 9 },
      },
      { level: "error", message: "schemas/T.json is invalid", properties: { file: "schemas/T.json" } },
    ]);
  });
});

describe("writeJobSummary", () => {
  it("adds the Markdown and writes it once", async () => {
    const core = fakeCore();
    await writeJobSummary("## report\n", core);

    expect(core.summaryText).toEqual(["## report\n"]);
    expect(core.writes).toBe(1);
  });
});

describe("formatStepSummary", () => {
  it("is the run summary alone", () => {
    expect(formatStepSummary({ run: fixtureReport() })).toBe(formatJobSummary(fixtureReport()));
  });

  it("adds the diff and the remainder", () => {
    const remainder = [{ level: "error" as const, message: "late", properties: { file: "a.yaml", startLine: 3 } }];
    const text = formatStepSummary({ run: fixtureReport(), diff: diffReport(), remainder });
    const sections = text.split("\n### Alert diff\n\n");

    expect(sections[0]).toBe(formatJobSummary(fixtureReport()));
    expect(sections[1]).toBe(
      "Alert changes against abc1234: 0 added, 0 removed, 0 changed: no rule, case or schema changed.\n\n" +
        "#### 1 more annotation\n\n" +
        "GitHub shows 10 annotations of each level per step; these were not shown on the files.\n\n" +
        "- **error** late (`a.yaml:3`)\n",
    );
  });

  it("keeps within 1 MiB", () => {
    const cases = Array.from({ length: 2000 }, (_, i) =>
      caseReport({ status: "failed", line: i + 1, message: "x".repeat(200) }),
    );
    const rules = Array.from({ length: 5 }, (_, i) => ruleReport({ name: `rule ${i}`, cases }));
    const remainder = [{ level: "error" as const, message: "late", properties: {} }];
    const text = formatStepSummary({ run: runReport(rules), diff: diffReport(), remainder });

    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
    expect(text).toContain("more rules left out");
    expect(text.endsWith("- **error** late\n")).toBe(true);
  });
});

describe("formatJobSummary", () => {
  it("writes the fixture report", () => {
    expect(formatJobSummary(fixtureReport())).toMatchInlineSnapshot(`
      "## kql-rule-test: ⛔ errors kept some rules from being tested

      2 rules: 1 passed, 1 failed, 3 errors, 1 xfail, 1 xpass; properties: 1 passed, 0 failed.

      Errors:

      - case names no known rule 'rules/zoom/Missing.yaml' (\`test-cases/zoom/orphan.yaml:1:7\`) Hint: give the path of a rule file or a rule id

      ### Suspicious link sharing pattern

      \`rules/zoom/SupiciousLinkSharing.yaml\` · threshold \`ChannelCount > 3\` · mutants 1 of 2 killed (50%), 1 skipped for time

      Warnings:

      - 'makeset' is deprecated (\`rules/zoom/SupiciousLinkSharing.yaml:22:34\`)

      | Status | Case | File | Message |
      | --- | --- | --- | --- |
      | ✅ passed | four channels raise one alert | \`test-cases/zoom/link-sharing.yaml:3\` |  |
      | ❌ failed | five channels raise one alert | \`test-cases/zoom/link-sharing.yaml:40\` | 1 expected alert missing, 1 unexpected alert |
      | ⚠️ xfail | URL without a scheme is missed | \`test-cases/zoom/link-sharing.yaml:80\` | expected 1 alert, got none; xfail: the regex needs http:// or https:// |
      | ❌ xpass | upper-case scheme is missed | \`test-cases/zoom/link-sharing.yaml:100\` | passed; xfail: matches regex is case-sensitive |
      | ✅ passed | property: threshold boundary |  | 200 runs, seed 42 |

      <details><summary>Alert diff: five channels raise one alert</summary>

      \`\`\`diff
      - missing alert
      -   User:         "user1@example.com"
      -   ChannelCount: 5
      + unexpected alert
      +   User:         "user1@example.com"
      +   ChannelCount: 4
      +   AccountName:  "user1"
      +   entities[0]:  {"type":"Account","Name":"user1"}
      \`\`\`

      </details>

      <details><summary>Surviving mutants (1, warnings)</summary>

      - threshold 3 replaced by 4 (\`rules/zoom/SupiciousLinkSharing.yaml:17\`)<br>suggested case: ChannelCount = 4 raises one alert (\`counterexamples/rules/zoom/SupiciousLinkSharing.kill-threshold-3-replaced-by-4.yaml\`)

      </details>

      ### Broken &lt;rule&gt; &amp; co

      \`rules/zoom/Broken.yaml\`

      Errors:

      - invalid YAML: bad indentation (\`rules/zoom/Broken.yaml:4:3\`) Hint: indent with spaces

      | Status | Case | File | Message |
      | --- | --- | --- | --- |
      | ⛔ error | any case | \`test-cases/zoom/broken.yaml:1\` | rule could not be loaded |
      "
    `);
  });

  it("gives a passing run its verdict", () => {
    const report = fixtureReport();
    report.errors = [];
    report.rules = [];
    report.summary = { rules: 0, cases: 0, passed: 0, failed: 0, errors: 0, xfail: 0, xpass: 0 };

    expect(formatJobSummary(report)).toBe(
      "## kql-rule-test: ✅ passed\n\n0 rules: 0 passed, 0 failed, 0 errors, 0 xfail.\n",
    );
  });

  it("leaves out rules past the size limit", () => {
    const full = formatJobSummary(fixtureReport());
    const expected = `${full.slice(0, full.indexOf("### Broken"))}1 more rule left out: GitHub accepts at most 1 MiB of job summary per step. The JSON report has every rule.\n`;

    expect(formatJobSummary(fixtureReport(), Buffer.byteLength(expected))).toBe(expected);
    expect(formatJobSummary(fixtureReport(), Buffer.byteLength(full))).toBe(full);
  });

  it("lengthens the fence around backticks", () => {
    const report = fixtureReport();
    report.rules[0].cases[1].diff = { missing: [{ columns: { Text: "```" } }], unexpected: [] };

    expect(formatJobSummary(report)).toContain('````diff\n- missing alert\n-   Text: "```"\n````');
  });
});

describe("Markdown escaping", () => {
  it("escapes emphasis, links and HTML", () => {
    expect(escapeMarkdown("*a* _b_ [c](d) <e> & `f` ~g~ \\")).toBe(
      "\\*a\\* \\_b\\_ \\[c\\](d) &lt;e&gt; &amp; \\`f\\` \\~g\\~ \\\\",
    );
  });

  it("keeps a cell on one row", () => {
    expect(escapeCell("a | b\nc")).toBe("a \\| b<br>c");
  });

  it("fences a code span past backticks", () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`a")).toBe("`` `a ``");
  });
});
