import { describe, expect, it } from "vitest";
import {
  escapeXmlAttribute,
  escapeXmlText,
  formatJunitReport,
} from "../../src/report/junit.js";
import { fixtureReport } from "./fixture-report.js";

describe("formatJunitReport", () => {
  it("writes the fixture report", () => {
    expect(formatJunitReport(fixtureReport())).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="kql-rule-test" tests="8" failures="2" errors="3" skipped="1">
        <testsuite name="Suspicious link sharing pattern" file="rules/zoom/SupiciousLinkSharing.yaml" tests="5" failures="2" errors="0" skipped="1">
          <testcase name="four channels raise one alert" classname="rules/zoom/SupiciousLinkSharing.yaml" file="test-cases/zoom/link-sharing.yaml" line="3" time="0.012"/>
          <testcase name="five channels raise one alert" classname="rules/zoom/SupiciousLinkSharing.yaml" file="test-cases/zoom/link-sharing.yaml" line="40" time="1.500"><failure message="1 expected alert missing, 1 unexpected alert">- missing alert
      -   User:         "user1@example.com"
      -   ChannelCount: 5
      + unexpected alert
      +   User:         "user1@example.com"
      +   ChannelCount: 4
      +   AccountName:  "user1"
      +   entities[0]:  {"type":"Account","Name":"user1"}</failure></testcase>
          <testcase name="URL without a scheme is missed" classname="rules/zoom/SupiciousLinkSharing.yaml" file="test-cases/zoom/link-sharing.yaml" line="80"><skipped message="xfail: the regex needs http:// or https://"/></testcase>
          <testcase name="upper-case scheme is missed" classname="rules/zoom/SupiciousLinkSharing.yaml" file="test-cases/zoom/link-sharing.yaml" line="100"><failure message="passed, but is marked xfail: matches regex is case-sensitive"/></testcase>
          <testcase name="property: threshold boundary" classname="rules/zoom/SupiciousLinkSharing.yaml" file="rules/zoom/SupiciousLinkSharing.yaml"/>
          <system-out>warning: mutant survived: threshold 3 replaced by 4 (rules/zoom/SupiciousLinkSharing.yaml:17)</system-out>
        </testsuite>
        <testsuite name="Broken &lt;rule&gt; &amp; co" file="rules/zoom/Broken.yaml" tests="2" failures="0" errors="2" skipped="0">
          <testcase name="error: invalid YAML: bad indentation" classname="rules/zoom/Broken.yaml" file="rules/zoom/Broken.yaml" line="4"><error message="invalid YAML: bad indentation">error: invalid YAML: bad indentation
        --&gt; rules/zoom/Broken.yaml:4:3
        hint: indent with spaces</error></testcase>
          <testcase name="any case" classname="rules/zoom/Broken.yaml" file="test-cases/zoom/broken.yaml" line="1"><error message="rule could not be loaded"/></testcase>
        </testsuite>
        <testsuite name="kql-rule-test" tests="1" failures="0" errors="1" skipped="0">
          <testcase name="error: case names no known rule &apos;rules/zoom/Missing.yaml&apos;" classname="kql-rule-test" file="test-cases/zoom/orphan.yaml" line="1"><error message="case names no known rule &apos;rules/zoom/Missing.yaml&apos;">error: case names no known rule 'rules/zoom/Missing.yaml'
        --&gt; test-cases/zoom/orphan.yaml:1:7
         | rule: rules/zoom/Missing.yaml
         |       ^
        hint: give the path of a rule file or a rule id</error></testcase>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it("counts a failed property", () => {
    const report = fixtureReport();
    report.rules = [report.rules[0]];
    report.errors = [];
    report.rules[0].properties[0] = {
      name: "boundary",
      status: "failed",
      runs: 3,
      seed: 9,
      counterexample: { n: 4 },
    };
    const xml = formatJunitReport(report);

    expect(xml).toContain('<testsuites name="kql-rule-test" tests="5" failures="3" errors="0" skipped="1">');
    expect(xml).toContain(
      '<failure message="failed after 3 runs">runs: 3, seed: 9\ncounterexample: {"n":4}</failure>',
    );
  });

  it("places a declared property at its file", () => {
    const report = fixtureReport();
    report.rules[0].properties[0] = {
      name: "n > 3",
      status: "failed",
      runs: 2,
      seed: 7,
      counterexample: { n: 3 },
      message: "n = 3 raised an alert",
      file: "test-cases/p.yaml",
      line: 11,
      counterexampleFile: "out/p.yaml",
    };
    const xml = formatJunitReport(report);

    expect(xml).toContain(
      '<testcase name="property: n &gt; 3" classname="rules/zoom/SupiciousLinkSharing.yaml" file="test-cases/p.yaml" line="11"><failure message="n = 3 raised an alert">runs: 2, seed: 7\ncounterexample: {"n":3}\nwritten to out/p.yaml</failure></testcase>',
    );
  });

  it("escapes names and messages", () => {
    const report = fixtureReport();
    report.rules[0].cases[1].name = `a "quoted" <case> & 'more'`;
    report.rules[0].cases[1].message = "line one\nline two";
    const xml = formatJunitReport(report);

    expect(xml).toContain(
      'name="a &quot;quoted&quot; &lt;case&gt; &amp; &apos;more&apos;"',
    );
    expect(xml).toContain('<failure message="line one&#10;line two">');
  });
});

describe("escapeXmlAttribute", () => {
  const cases: [string, string, string][] = [
    ["markup", `<a b="c" d='e'>&`, "&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;"],
    ["white space", "a\tb\r\nc", "a&#9;b&#13;&#10;c"],
    ["control characters", "a\u0000b\u001bc", "a\\u0000b\\u001bc"],
    ["a lone surrogate", "a\ud800b", "a\\ud800b"],
    ["a surrogate pair", "a\ud83d\ude00b", "a\ud83d\ude00b"],
    ["U+FFFE", "\ufffe", "\\ufffe"],
  ];

  it.each(cases)("escapes %s", (_name, input, expected) => {
    expect(escapeXmlAttribute(input)).toBe(expected);
  });
});

describe("escapeXmlText", () => {
  it("keeps newlines and tabs", () => {
    expect(escapeXmlText("a\n\tb <c> & 'd' \"e\"")).toBe("a\n\tb &lt;c&gt; &amp; 'd' \"e\"");
  });

  it("escapes a carriage return", () => {
    expect(escapeXmlText("a\r\nb")).toBe("a&#13;\nb");
  });
});
