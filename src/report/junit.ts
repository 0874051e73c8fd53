import { formatDiffText, isEmptyDiff } from "./alert-diff.js";
import { formatValue } from "./alert-diff.js";
import { mutantPlace, survivingMutants } from "./mutants.js";
import type {
  CaseReport,
  PropertyReport,
  ReportError,
  RuleReport,
  RunReport,
} from "./types.js";

interface TestCaseXml {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  timeMs?: number;
  /** The child element: a failure, an error or a skip, or none for a pass. */
  outcome?: { element: "failure" | "error" | "skipped"; message: string; body?: string };
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/**
 * Formats the report as JUnit XML, with one `testsuite` per rule and one
 * `testcase` per case and property. A failed case or an `xfail` case that
 * passed gets `failure`, a case or rule that could not be tested `error`,
 * and an `xfail` case `skipped`. Errors not tied to a rule go into a last
 * suite named `kql-rule-test`.
 */
export function formatJunitReport(report: RunReport): string {
  const suites = report.rules.map((rule) => ({
    name: rule.name,
    file: rule.file,
    cases: ruleTestCases(rule),
    output: mutantWarnings(rule),
  }));
  if (report.errors.length > 0) {
    const cases = report.errors.map((error) => errorTestCase(error, "kql-rule-test"));
    suites.push({ name: "kql-rule-test", file: "", cases, output: "" });
  }

  const total = sumCounts(suites.map((suite) => countOutcomes(suite.cases)));
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="kql-rule-test"${countAttributes(total)}>`,
    ...suites.flatMap((suite) => suiteLines(suite)),
    `</testsuites>`,
  ];
  return `${lines.join("\n")}\n`;
}

function ruleTestCases(rule: RuleReport): TestCaseXml[] {
  return [
    ...rule.errors.map((error) => errorTestCase(error, rule.file)),
    ...rule.cases.map((testCase) => caseTestCase(testCase, rule.file)),
    ...rule.properties.map((property) => propertyTestCase(property, rule)),
  ];
}

function caseTestCase(testCase: CaseReport, classname: string): TestCaseXml {
  const base = {
    name: testCase.name,
    classname,
    file: testCase.file,
    line: testCase.line,
    timeMs: testCase.durationMs,
  };
  const diff = isEmptyDiff(testCase.diff) ? undefined : formatDiffText(testCase.diff);
  switch (testCase.status) {
    case "passed":
      return base;
    case "failed":
      return { ...base, outcome: { element: "failure", message: testCase.message, body: diff } };
    case "error":
      return { ...base, outcome: { element: "error", message: testCase.message, body: diff } };
    case "xfail":
      return { ...base, outcome: { element: "skipped", message: `xfail: ${testCase.xfail ?? ""}` } };
    case "xpass": {
      const message = `passed, but is marked xfail: ${testCase.xfail ?? ""}`;
      return { ...base, outcome: { element: "failure", message } };
    }
  }
}

function propertyTestCase(property: PropertyReport, rule: RuleReport): TestCaseXml {
  const base = {
    name: `property: ${property.name}`,
    classname: rule.file,
    file: property.file ?? rule.file,
    line: property.file === undefined ? rule.line : property.line,
  };
  if (property.status === "passed") return base;

  const message = property.message ?? `failed after ${property.runs} runs`;
  const body = [
    `runs: ${property.runs}, seed: ${property.seed}`,
    `counterexample: ${formatValue(property.counterexample)}`,
  ];
  if (property.counterexampleFile) body.push(`written to ${property.counterexampleFile}`);
  return { ...base, outcome: { element: "failure", message, body: body.join("\n") } };
}

function errorTestCase(error: ReportError, classname: string): TestCaseXml {
  return {
    name: `error: ${error.message}`,
    classname,
    file: error.file,
    line: error.line,
    outcome: { element: "error", message: error.message, body: error.text },
  };
}

function mutantWarnings(rule: RuleReport): string {
  return survivingMutants(rule)
    .map((mutant) => `warning: mutant survived: ${mutant.description} (${mutantPlace(rule, mutant)})`)
    .join("\n");
}

function suiteLines(suite: {
  name: string;
  file: string;
  cases: TestCaseXml[];
  output: string;
}): string[] {
  const file = suite.file ? ` file="${escapeXmlAttribute(suite.file)}"` : "";
  const open = `  <testsuite name="${escapeXmlAttribute(suite.name)}"${file}${countAttributes(countOutcomes(suite.cases))}>`;
  const output = suite.output
    ? [`    <system-out>${escapeXmlText(suite.output)}</system-out>`]
    : [];
  return [open, ...suite.cases.map(testCaseXml), ...output, "  </testsuite>"];
}

function testCaseXml(testCase: TestCaseXml): string {
  const attributes = [
    `name="${escapeXmlAttribute(testCase.name)}"`,
    `classname="${escapeXmlAttribute(testCase.classname)}"`,
  ];
  if (testCase.file) attributes.push(`file="${escapeXmlAttribute(testCase.file)}"`);
  if (testCase.line !== undefined) attributes.push(`line="${testCase.line}"`);
  if (testCase.timeMs !== undefined) {
    attributes.push(`time="${(testCase.timeMs / 1000).toFixed(3)}"`);
  }

  const open = `    <testcase ${attributes.join(" ")}`;
  const outcome = testCase.outcome;
  if (!outcome) return `${open}/>`;

  const message = `message="${escapeXmlAttribute(outcome.message)}"`;
  const child = outcome.body
    ? `<${outcome.element} ${message}>${escapeXmlText(outcome.body)}</${outcome.element}>`
    : `<${outcome.element} ${message}/>`;
  return `${open}>${child}</testcase>`;
}

function countOutcomes(cases: TestCaseXml[]): Counts {
  const count = (element: string) =>
    cases.filter((testCase) => testCase.outcome?.element === element).length;
  return {
    tests: cases.length,
    failures: count("failure"),
    errors: count("error"),
    skipped: count("skipped"),
  };
}

function sumCounts(counts: Counts[]): Counts {
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const count of counts) {
    total.tests += count.tests;
    total.failures += count.failures;
    total.errors += count.errors;
    total.skipped += count.skipped;
  }
  return total;
}

function countAttributes(counts: Counts): string {
  return ` tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}"`;
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

const FORBIDDEN_IN_XML =
  "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";

const ATTRIBUTE_SPECIALS = new RegExp(`[&<>"'\\n\\r\\t]|${FORBIDDEN_IN_XML}`, "g");
const TEXT_SPECIALS = new RegExp(`[&<>\\r]|${FORBIDDEN_IN_XML}`, "g");

/**
 * Escapes text for an XML attribute value. Characters XML 1.0 forbids even
 * as references (most C0 controls, lone surrogates, U+FFFE and U+FFFF) are
 * written as `\uXXXX` text, so nothing is silently dropped. Newlines and
 * tabs become references, which XML parsers keep inside attribute values.
 */
export function escapeXmlAttribute(text: string): string {
  return text.replace(ATTRIBUTE_SPECIALS, replaceSpecial);
}

/** Escapes text for XML element content, keeping newlines and tabs as they are. */
export function escapeXmlText(text: string): string {
  return text.replace(TEXT_SPECIALS, replaceSpecial);
}

function replaceSpecial(char: string): string {
  const code = char.charCodeAt(0).toString(16).padStart(4, "0");
  return XML_ENTITIES[char] ?? `\\u${code}`;
}
