import { describe, expect, it } from "vitest";
import { formatTextReport, shouldColor } from "../../src/report/text.js";
import { fixtureReport } from "./fixture-report.js";

describe("formatTextReport", () => {
  it("writes the fixture report without colour", () => {
    expect(formatTextReport(fixtureReport(), { color: false })).toMatchInlineSnapshot(`
      "Suspicious link sharing pattern (rules/zoom/SupiciousLinkSharing.yaml)
        threshold: ChannelCount > 3
        warning: 'makeset' is deprecated
          --> rules/zoom/SupiciousLinkSharing.yaml:22:34
        PASS  four channels raise one alert (test-cases/zoom/link-sharing.yaml:3)
        FAIL  five channels raise one alert (test-cases/zoom/link-sharing.yaml:40): 1 expected alert missing, 1 unexpected alert
                - missing alert
                -   User:         "user1@example.com"
                -   ChannelCount: 5
                + unexpected alert
                +   User:         "user1@example.com"
                +   ChannelCount: 4
                +   AccountName:  "user1"
                +   entities[0]:  {"type":"Account","Name":"user1"}
        XFAIL URL without a scheme is missed (test-cases/zoom/link-sharing.yaml:80): expected 1 alert, got none
                xfail: the regex needs http:// or https://
        XPASS upper-case scheme is missed (test-cases/zoom/link-sharing.yaml:100): passed
                xfail: matches regex is case-sensitive
        PASS  property threshold boundary (200 runs, seed 42)
        SKIP  property duplicate events: the threshold counts no distinct values
        mutants: 1 of 2 killed (50%), 1 skipped for time
          warning: mutant survived: threshold 3 replaced by 4 (rules/zoom/SupiciousLinkSharing.yaml:17)
                suggested case: ChannelCount = 4 raises one alert
                written to counterexamples/rules/zoom/SupiciousLinkSharing.kill-threshold-3-replaced-by-4.yaml

      Broken <rule> & co (rules/zoom/Broken.yaml)
        error: invalid YAML: bad indentation
          --> rules/zoom/Broken.yaml:4:3
          hint: indent with spaces
        ERROR any case (test-cases/zoom/broken.yaml:1): rule could not be loaded

      error: case names no known rule 'rules/zoom/Missing.yaml'
        --> test-cases/zoom/orphan.yaml:1:7
         | rule: rules/zoom/Missing.yaml
         |       ^
        hint: give the path of a rule file or a rule id

      1 passed, 1 failed, 3 errors, 1 xfail, 1 xpass; properties: 1 passed, 0 failed
      "
    `);
  });

  it("says when no case was suggested", () => {
    const report = fixtureReport();
    const [mutant] = report.rules[0].mutants.filter((item) => item.status === "survived");
    delete mutant.suggestion;
    const lines = formatTextReport(report, { color: false }).split("\n");

    expect(lines).toContain(
      "          no suggested case: none of the generated inputs makes this mutant raise other alerts than the rule",
    );
  });

  it("colours marks and diff lines", () => {
    const text = formatTextReport(fixtureReport(), { color: true });
    const lines = text.split("\n");

    expect(lines).toContain("  \u001b[32mPASS \u001b[39m four channels raise one alert \u001b[2m(test-cases/zoom/link-sharing.yaml:3)\u001b[22m");
    expect(lines).toContain("          \u001b[31m- missing alert\u001b[39m");
    expect(lines).toContain("          \u001b[32m+ unexpected alert\u001b[39m");
  });

  it("writes no escape codes without colour", () => {
    const text = formatTextReport(fixtureReport(), { color: false });

    expect(text).not.toMatch(/\u001b/);
  });

  it("ends with the totals line", () => {
    const report = fixtureReport();
    report.rules = [];
    report.errors = [];
    report.summary = { rules: 0, cases: 11, passed: 8, failed: 1, errors: 0, xfail: 2, xpass: 0 };

    expect(formatTextReport(report, { color: false })).toBe(
      "8 passed, 1 failed, 0 errors, 2 xfail\n",
    );
  });

  it("leaves out an xfail reason the message repeats", () => {
    const report = fixtureReport();
    report.rules[0].cases[2].message = "expected failure: the regex needs http:// or https://";
    const lines = formatTextReport(report, { color: false }).split("\n");

    expect(lines).not.toContain("          xfail: the regex needs http:// or https://");
    expect(lines).toContain("          xfail: matches regex is case-sensitive");
  });

  it("caps the key alignment", () => {
    const report = fixtureReport();
    report.rules[0].cases[1].diff = {
      missing: [{ columns: { A: 1, payload_object_settings_in_meeting_b: "x" } }],
      unexpected: [],
    };
    const lines = formatTextReport(report, { color: false }).split("\n");

    expect(lines).toContain("          -   A: 1");
    expect(lines).toContain('          -   payload_object_settings_in_meeting_b: "x"');
  });

  it("shows a failed property with its counterexample", () => {
    const report = fixtureReport();
    report.rules[0].properties = [
      {
        name: "threshold boundary",
        status: "failed",
        runs: 17,
        seed: 7,
        counterexample: { channels: 4 },
        message: "alert expected above the threshold",
        counterexampleFile: "test-cases/zoom/counterexample-7.yaml",
      },
    ];
    const lines = formatTextReport(report, { color: false }).split("\n");

    expect(lines).toContain(
      "  FAIL  property threshold boundary (17 runs, seed 7): alert expected above the threshold",
    );
    expect(lines).toContain("          counterexample:");
    expect(lines).toContain("            channels: 4");
    expect(lines).toContain("          written to test-cases/zoom/counterexample-7.yaml");
  });

  it("says why no threshold was found", () => {
    const report = fixtureReport();
    report.rules[0].threshold = { found: false, reason: "no filter after 'summarize'" };
    const lines = formatTextReport(report, { color: false }).split("\n");

    expect(lines[1]).toBe("  threshold: none found: no filter after 'summarize'");
  });

  it("counts failed properties in the totals", () => {
    const report = fixtureReport();
    report.summary.propertiesPassed = 5;
    report.summary.propertiesFailed = 2;
    const lines = formatTextReport(report, { color: false }).trimEnd().split("\n");

    expect(lines.at(-1)).toBe("1 passed, 1 failed, 3 errors, 1 xfail, 1 xpass; properties: 5 passed, 2 failed");
  });
});

describe("shouldColor", () => {
  const cases: [string, boolean | undefined, Record<string, string>, boolean][] = [
    ["TTY", true, {}, true],
    ["TTY with NO_COLOR=1", true, { NO_COLOR: "1" }, false],
    ["TTY with empty NO_COLOR", true, { NO_COLOR: "" }, true],
    ["pipe", false, {}, false],
    ["unknown stream", undefined, {}, false],
  ];

  it.each(cases)("%s", (_name, isTTY, env, expected) => {
    expect(shouldColor({ isTTY }, env)).toBe(expected);
  });
});
