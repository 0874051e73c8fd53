import type { RunReport } from "../../src/report/types.js";

/**
 * Builds a run over two rules and one orphan case file. The link-sharing
 * rule has one case of each status, a property, a skipped property, a
 * killed, a surviving and a skipped mutant, and a warning. The
 * second rule file failed to load, and the orphan case names no known rule.
 */
export function fixtureReport(): RunReport {
  return {
    summary: {
      rules: 2,
      cases: 5,
      passed: 1,
      failed: 1,
      errors: 3,
      xfail: 1,
      xpass: 1,
      propertiesPassed: 1,
      propertiesFailed: 0,
    },
    errors: [
      {
        message: "case names no known rule 'rules/zoom/Missing.yaml'",
        file: "test-cases/zoom/orphan.yaml",
        line: 1,
        column: 7,
        hint: "give the path of a rule file or a rule id",
        text: [
          "error: case names no known rule 'rules/zoom/Missing.yaml'",
          "  --> test-cases/zoom/orphan.yaml:1:7",
          "   | rule: rules/zoom/Missing.yaml",
          "   |       ^",
          "  hint: give the path of a rule file or a rule id",
        ].join("\n"),
      },
    ],
    rules: [
      {
        id: "1218175f-c534-421c-8070-5dcaabf28067",
        name: "Suspicious link sharing pattern",
        file: "rules/zoom/SupiciousLinkSharing.yaml",
        status: "failed",
        threshold: { found: true, column: "ChannelCount", operator: ">", value: 3 },
        mutationScore: 0.5,
        errors: [],
        warnings: [
          {
            message: "'makeset' is deprecated",
            file: "rules/zoom/SupiciousLinkSharing.yaml",
            line: 22,
            column: 34,
            text: "error: 'makeset' is deprecated\n  --> rules/zoom/SupiciousLinkSharing.yaml:22:34",
          },
        ],
        cases: [
          {
            name: "four channels raise one alert",
            file: "test-cases/zoom/link-sharing.yaml",
            line: 3,
            status: "passed",
            message: "",
            diff: { missing: [], unexpected: [] },
            durationMs: 12,
          },
          {
            name: "five channels raise one alert",
            file: "test-cases/zoom/link-sharing.yaml",
            line: 40,
            status: "failed",
            message: "1 expected alert missing, 1 unexpected alert",
            diff: {
              missing: [{ columns: { User: "user1@example.com", ChannelCount: 5 } }],
              unexpected: [
                {
                  columns: { User: "user1@example.com", ChannelCount: 4, AccountName: "user1" },
                  entities: [{ type: "Account", Name: "user1" }],
                },
              ],
            },
            durationMs: 1500,
          },
          {
            name: "URL without a scheme is missed",
            file: "test-cases/zoom/link-sharing.yaml",
            line: 80,
            status: "xfail",
            message: "expected 1 alert, got none",
            xfail: "the regex needs http:// or https://",
            diff: { missing: [], unexpected: [] },
          },
          {
            name: "upper-case scheme is missed",
            file: "test-cases/zoom/link-sharing.yaml",
            line: 100,
            status: "xpass",
            message: "passed",
            xfail: "matches regex is case-sensitive",
            diff: { missing: [], unexpected: [] },
          },
        ],
        properties: [
          {
            name: "threshold boundary",
            status: "passed",
            runs: 200,
            seed: 42,
            counterexample: null,
          },
        ],
        mutants: [
          {
            description: "'>' replaced by '>='",
            killed: true,
            killedBy: "four channels raise one alert",
            status: "killed",
            line: 25,
            column: 24,
          },
          {
            description: "threshold 3 replaced by 4",
            killed: false,
            status: "survived",
            line: 17,
            column: 19,
            suggestion: {
              case: { name: "ChannelCount = 4 raises one alert", expect: { triggered: true } },
              file: "counterexamples/rules/zoom/SupiciousLinkSharing.kill-threshold-3-replaced-by-4.yaml",
            },
          },
          { description: "drop 'where Event =~ \"chat_message.sent\"'", killed: false, status: "skipped", line: 19, column: 3 },
        ],
        skippedProperties: [{ name: "duplicate events", reason: "the threshold counts no distinct values" }],
      },
      {
        id: "rules/zoom/Broken.yaml",
        name: "Broken <rule> & co",
        file: "rules/zoom/Broken.yaml",
        status: "error",
        threshold: null,
        mutationScore: null,
        errors: [
          {
            message: "invalid YAML: bad indentation",
            file: "rules/zoom/Broken.yaml",
            line: 4,
            column: 3,
            hint: "indent with spaces",
            text: "error: invalid YAML: bad indentation\n  --> rules/zoom/Broken.yaml:4:3\n  hint: indent with spaces",
          },
        ],
        warnings: [],
        cases: [
          {
            name: "any case",
            file: "test-cases/zoom/broken.yaml",
            line: 1,
            status: "error",
            message: "rule could not be loaded",
            diff: { missing: [], unexpected: [] },
          },
        ],
        properties: [],
        mutants: [],
      },
    ],
  };
}
