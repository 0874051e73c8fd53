import { stringify as stringifyYaml } from "yaml";
import { formatDiffText, isEmptyDiff } from "./alert-diff.js";
import {
  describeMutants,
  mutantPlace,
  NO_SUGGESTION,
  suggestedCase,
  survivingMutants,
} from "./mutants.js";
import { formatTotals, verdictOf, type Verdict } from "./totals.js";
import type {
  CaseReport,
  CaseStatus,
  MutantReport,
  PropertyReport,
  ReportError,
  RuleReport,
  RunReport,
} from "./types.js";

const VERDICTS: Record<Verdict, string> = {
  passed: "✅ passed",
  failed: "❌ failed",
  errors: "⛔ errors kept some rules from being tested",
};

const STATUS_MARKS: Record<CaseStatus, string> = {
  passed: "✅ passed",
  failed: "❌ failed",
  error: "⛔ error",
  xfail: "⚠️ xfail",
  xpass: "❌ xpass",
};

/** GitHub's limit on the job summary of one step, 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Formats the job summary in GitHub-flavoured Markdown: the verdict and
 * totals, then per rule its threshold, mutant counts, errors, warnings and
 * a table of its cases and properties. Collapsible blocks hold the alert
 * diff of each failing case, the counterexample of each failed property
 * and the surviving mutants. When the text would pass `maxBytes` (UTF-8), the last rules are
 * left out and a closing line gives their number, because GitHub rejects a
 * larger summary as a whole.
 */
export function formatJobSummary(report: RunReport, maxBytes = SUMMARY_LIMIT_BYTES): string {
  const head = [
    `## kql-rule-test: ${VERDICTS[verdictOf(report)]}`,
    `${plural(report.summary.rules, "rule")}: ${formatTotals(report.summary)}.`,
  ];
  if (report.errors.length > 0) head.push(problemList("Errors", report.errors));
  const rules = report.rules.map((rule) => ruleBlocks(rule).join("\n\n"));

  let kept = rules.length;
  const compose = () => {
    const left = rules.length - kept;
    const tail = left > 0 ? [leftOutNote(left)] : [];
    return `${[...head, ...rules.slice(0, kept), ...tail].join("\n\n")}\n`;
  };
  while (kept > 0 && Buffer.byteLength(compose()) > maxBytes) kept -= 1;
  return compose();
}

function leftOutNote(count: number): string {
  return `${plural(count, "more rule")} left out: GitHub accepts at most 1 MiB of job summary per step. The JSON report has every rule.`;
}

function ruleBlocks(rule: RuleReport): string[] {
  const blocks = [`### ${escapeMarkdown(rule.name)}`, ruleFacts(rule)];
  if (rule.errors.length > 0) blocks.push(problemList("Errors", rule.errors));
  if (rule.warnings.length > 0) blocks.push(problemList("Warnings", rule.warnings));
  if (rule.cases.length > 0 || rule.properties.length > 0) blocks.push(caseTable(rule));

  for (const testCase of rule.cases) {
    if (!isEmptyDiff(testCase.diff)) blocks.push(diffDetails(testCase));
  }
  for (const property of rule.properties) {
    const shrunk = property.counterexample !== null && property.counterexample !== undefined;
    if (property.status === "failed" && shrunk) blocks.push(counterexampleDetails(property));
  }
  const survivors = survivingMutants(rule);
  if (survivors.length > 0) blocks.push(mutantDetails(rule, survivors));
  return blocks;
}

function ruleFacts(rule: RuleReport): string {
  const facts = [codeSpan(rule.line === undefined ? rule.file : `${rule.file}:${rule.line}`)];
  const { found, column, operator, value } = rule.threshold ?? { found: false };
  if (found) facts.push(`threshold ${codeSpan(`${column} ${operator} ${value}`)}`);
  if (rule.threshold && !found) facts.push("no threshold found");
  if (rule.mutants.length > 0) facts.push(`mutants ${escapeMarkdown(describeMutants(rule))}`);
  return facts.join(" · ");
}

function caseTable(rule: RuleReport): string {
  const rows = rule.cases.map((testCase) => [
    STATUS_MARKS[testCase.status],
    escapeCell(testCase.name),
    codeSpan(`${testCase.file}:${testCase.line}`),
    escapeCell(caseMessage(testCase)),
  ]);
  for (const property of rule.properties) {
    const runs = `${property.runs} runs, seed ${property.seed}`;
    rows.push([
      property.status === "passed" ? STATUS_MARKS.passed : STATUS_MARKS.failed,
      escapeCell(`property: ${property.name}`),
      property.file ? codeSpan(`${property.file}:${property.line ?? 1}`) : "",
      escapeCell([property.message, runs].filter(Boolean).join("; ")),
    ]);
  }
  const header = ["| Status | Case | File | Message |", "| --- | --- | --- | --- |"];
  return [...header, ...rows.map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
}

/** Formats a failed property's shrunk counterexample, a case file, as a collapsible block. */
function counterexampleDetails(property: PropertyReport): string {
  const yaml = stringifyYaml(property.counterexample, { lineWidth: 0 }).trimEnd();
  const fence = "`".repeat(Math.max(3, longestBacktickRun(yaml) + 1));
  const written = property.counterexampleFile
    ? [`Written to ${codeSpan(property.counterexampleFile)}.`, ""]
    : [];
  return [
    `<details><summary>Counterexample: ${escapeHtml(property.name)}</summary>`,
    "",
    ...written,
    `${fence}yaml`,
    yaml,
    fence,
    "",
    "</details>",
  ].join("\n");
}

/** Formats the surviving mutants, each with its suggested case, as a collapsible list. */
function mutantDetails(rule: RuleReport, survivors: readonly MutantReport[]): string {
  const items = survivors.map((mutant) => {
    const place = codeSpan(mutantPlace(rule, mutant));
    const suggestion = suggestedCase(mutant);
    const suggested = `<br>${escapeMarkdown(suggestion ? `suggested case: ${suggestion.name}` : NO_SUGGESTION)}`;
    const file = suggestion?.file ? ` (${codeSpan(suggestion.file)})` : "";
    return `- ${escapeMarkdown(mutant.description)} (${place})${suggested}${file}`;
  });
  return [
    `<details><summary>Surviving mutants (${survivors.length}, warnings)</summary>`,
    "",
    ...items,
    "",
    "</details>",
  ].join("\n");
}

function caseMessage(testCase: CaseReport): string {
  if (testCase.xfail === undefined || testCase.message.includes(testCase.xfail)) {
    return testCase.message;
  }
  return [testCase.message, `xfail: ${testCase.xfail}`].filter(Boolean).join("; ");
}

function diffDetails(testCase: CaseReport): string {
  const diff = formatDiffText(testCase.diff);
  const fence = "`".repeat(Math.max(3, longestBacktickRun(diff) + 1));
  return [
    `<details><summary>Alert diff: ${escapeHtml(testCase.name)}</summary>`,
    "",
    `${fence}diff`,
    diff,
    fence,
    "",
    "</details>",
  ].join("\n");
}

function problemList(title: string, problems: ReportError[]): string {
  const items = problems.map((problem) => {
    const place = problem.file ? ` (${codeSpan(placeOf(problem))})` : "";
    const hint = problem.hint ? ` Hint: ${escapeMarkdown(problem.hint)}` : "";
    return `- ${escapeMarkdown(problem.message)}${place}${hint}`;
  });
  return [`${title}:`, "", ...items].join("\n");
}

function placeOf(problem: ReportError): string {
  return [problem.file, problem.line, problem.line && problem.column]
    .filter((part) => part !== undefined && part !== 0)
    .join(":");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/** Writes text as an inline code span that survives backticks inside it. */
export function codeSpan(text: string): string {
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Escapes the HTML special characters, which GitHub renders in Markdown. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Escapes inline text so that Markdown shows it literally: HTML specials
 * become entities, and the characters that start emphasis, code, links,
 * strikethrough or a table cell get a backslash.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text).replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`);
}

/** Escapes text for one cell of a Markdown table, where a newline would end the row. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, "<br>");
}
