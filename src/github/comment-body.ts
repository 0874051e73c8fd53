import { stringify as stringifyYaml } from "yaml";
import { alertText } from "../diff/text.js";
import type { DiffReport, RuleDiff } from "../diff/types.js";
import { stringifyJson } from "../report/json-text.js";
import { formatScore, mutantPlace, suggestedCase, survivingMutants } from "../report/mutants.js";
import { escapeMarkdown } from "../report/job-summary.js";
import { failureCount } from "../report/totals.js";
import type {
  CaseReport,
  MutantReport,
  PropertyReport,
  RuleReport,
  RunReport,
} from "../report/types.js";
import { fitComment } from "./fit-comment.js";
import type { GateResult } from "./gate.js";
import { cell, details, escapeHtml, fence, plural } from "./markdown.js";

export interface CommentContent {
  /** The hidden HTML comment that finds this comment again on the next run. */
  marker: string;
  run?: RunReport;
  diff?: DiffReport;
  gate?: GateResult;
  /** The job summary's URL, linked from the note on a cut comment. */
  summaryUrl?: string;
  /** The maximum body length; GitHub's limit by default. */
  maxLength?: number;
}

/** Rules listed in the table before it is collapsed. */
const OPEN_TABLE_RULES = 20;

/**
 * Builds the Markdown of the pull-request comment, cut to fit GitHub's
 * comment limit. It contains the marker, the verdict, a table of rules with
 * their mutation scores, the failing cases' alert diffs, the failed
 * properties' counterexamples, the surviving mutants (collapsed) and the
 * base-versus-head alert diff.
 */
export function buildCommentBody(content: CommentContent): string {
  const sections = [content.marker, verdict(content)];
  if (content.gate && content.gate.reasons.length > 0) sections.push(reasonList(content.gate));
  if (content.run) sections.push(...runSections(content.run));
  if (content.diff) sections.push(formatDiffMarkdown(content.diff));

  const body = sections.join("\n\n") + "\n";
  return fitComment(body, cutNote(content.summaryUrl), content.maxLength);
}

function cutNote(summaryUrl: string | undefined): string {
  const where = summaryUrl ? `[the job summary](${summaryUrl})` : "the job summary";
  return `> [!NOTE]\n> This comment was cut to fit GitHub's comment size limit; ${where} has the full report.`;
}

function verdict(content: CommentContent): string {
  const failed = content.gate ? content.gate.fail : runFailed(content.run);
  const icon = failed ? "❌" : "✅";
  const counts = content.run ? runCounts(content.run) : "no rules were run";
  return `### ${icon} kql-rule-test: ${counts}`;
}

function runFailed(run: RunReport | undefined): boolean {
  if (!run) return false;
  const { errors } = run.summary;
  return errors + failureCount(run) > 0;
}

function runCounts(run: RunReport): string {
  const { summary } = run;
  const parts = [`${summary.passed} of ${plural(summary.cases, "case")} passed`];
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  if (summary.errors > 0) parts.push(plural(summary.errors, "error"));
  if (summary.xfail > 0) parts.push(`${summary.xfail} xfail`);
  if (summary.xpass > 0) parts.push(`${summary.xpass} xpass`);
  const properties = propertyCounts(summary);
  return `${parts.join(", ")} in ${plural(summary.rules, "rule")}${properties}`;
}

function propertyCounts(summary: RunReport["summary"]): string {
  const passed = summary.propertiesPassed ?? 0;
  const failed = summary.propertiesFailed ?? 0;
  if (passed + failed === 0) return "";
  const failedText = failed > 0 ? `, ${failed} failed` : "";
  return `; ${passed} of ${plural(passed + failed, "property", "properties")} held${failedText}`;
}

function reasonList(gate: GateResult): string {
  return gate.reasons.map((reason) => `- ${escapeHtml(reason)}`).join("\n");
}

function runSections(run: RunReport): string[] {
  const sections = [ruleTable(run.rules)];
  const failing = run.rules.flatMap((rule) =>
    rule.cases.filter(isFailing).map((item) => ({ rule, item })),
  );
  if (failing.length > 0) {
    const text = failing.map(({ rule, item }) => failingCase(rule, item)).join("\n\n");
    sections.push(details(`Failing cases (${failing.length})`, text));
  }
  const failedProperties = run.rules.flatMap((rule) =>
    rule.properties.filter((item) => item.status === "failed").map((item) => ({ rule, item })),
  );
  if (failedProperties.length > 0) {
    const text = failedProperties.map(({ rule, item }) => failingProperty(rule, item)).join("\n\n");
    sections.push(details(`Failing properties (${failedProperties.length})`, text));
  }
  const survivors = run.rules.flatMap((rule) => survivingMutants(rule).map((item) => ({ rule, item })));
  if (survivors.length > 0) {
    const text = survivors.map(({ rule, item }) => survivingMutant(rule, item)).join("\n");
    sections.push(details(`Surviving mutants (${survivors.length}, warnings)`, text, 0));
  }
  const errors = [...run.errors, ...run.rules.flatMap((rule) => rule.errors)];
  if (errors.length > 0) {
    const text = fence(errors.map((error) => error.text).join("\n\n"));
    sections.push(details(`Errors (${errors.length})`, text));
  }
  return sections;
}

function isFailing(item: CaseReport): boolean {
  return item.status === "failed" || item.status === "xpass" || item.status === "error";
}

function ruleTable(rules: readonly RuleReport[]): string {
  const rows = rules.map((rule) => {
    const counts = ruleCounts(rule);
    return `| ${cell(rule.name)} | ${counts.passed} | ${counts.failed} | ${counts.errors} | ${score(rule)} |`;
  });
  const table = [
    "| Rule | Passed | Failed | Errors | Mutation score |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  if (rules.length <= OPEN_TABLE_RULES) return table;
  return details(`Rules (${rules.length})`, table, 0);
}

function ruleCounts(rule: RuleReport): { passed: number; failed: number; errors: number } {
  const count = (...statuses: string[]) =>
    rule.cases.filter((item) => statuses.includes(item.status)).length;
  const failedProperties = rule.properties.filter((property) => property.status === "failed");
  return {
    passed: count("passed", "xfail"),
    failed: count("failed", "xpass") + failedProperties.length,
    errors: count("error") + rule.errors.length,
  };
}

function score(rule: RuleReport): string {
  if (rule.mutationScore === null) return "–";
  const killed = rule.mutants.filter((mutant) => mutant.killed).length;
  const decided = killed + survivingMutants(rule).length;
  const percent = formatScore(rule.mutationScore);
  return decided > 0 ? `${percent} (${killed}/${decided})` : percent;
}

function failingProperty(rule: RuleReport, item: PropertyReport): string {
  const place = item.file ? `, \`${item.file}:${item.line ?? 1}\`` : "";
  const lines = [
    `**${escapeHtml(rule.name)}**: property ${escapeMarkdown(item.name)} (${item.runs} runs, seed ${item.seed}${place})`,
  ];
  if (item.message) lines.push("", escapeMarkdown(item.message));
  if (item.counterexample !== null && item.counterexample !== undefined) {
    const written = item.counterexampleFile ? ` (written to \`${item.counterexampleFile}\`)` : "";
    const yaml = stringifyYaml(item.counterexample, { lineWidth: 0 }).trimEnd();
    lines.push("", `Shrunk counterexample${written}:`, "", fence(yaml, "yaml"));
  }
  return lines.join("\n");
}

function survivingMutant(rule: RuleReport, item: MutantReport): string {
  const suggestion = suggestedCase(item);
  const suggested = suggestion ? `; suggested case: ${escapeMarkdown(suggestion.name)}` : "";
  return `- **${escapeHtml(rule.name)}** (\`${mutantPlace(rule, item)}\`): ${escapeMarkdown(item.description)}${suggested}`;
}

function failingCase(rule: RuleReport, item: CaseReport): string {
  const place = `${item.file}:${item.line}`;
  const lines = [
    `**${escapeHtml(rule.name)}**: ${escapeHtml(item.name)} (${item.status}, \`${place}\`)`,
  ];
  if (item.message) lines.push("", escapeHtml(item.message));
  const { missing, unexpected } = item.diff;
  if (missing.length + unexpected.length > 0) {
    const diffLines = [
      ...missing.map((alert) => `- ${stringifyJson(alert)}`),
      ...unexpected.map((alert) => `+ ${stringifyJson(alert)}`),
    ];
    lines.push("", "Expected alerts missing (-) and unexpected alerts (+):", "", fence(diffLines.join("\n"), "diff"));
  }
  return lines.join("\n");
}

/**
 * Formats a diff report as Markdown: a summary line, then per rule the
 * alerts added (`+`), removed (`-`) and changed (`!`) in a collapsible block.
 */
export function formatDiffMarkdown(diff: DiffReport): string {
  const { added, removed, changed } = diff.summary;
  const summary = `Alert changes against ${diff.base}: ${added} added, ${removed} removed, ${changed} changed`;
  if (diff.rules.length === 0 && diff.errors.length === 0) {
    return `${summary}: no rule, case or schema changed.`;
  }
  const parts = diff.rules.map(ruleDiffText);
  if (diff.errors.length > 0) parts.push(fence(diff.errors.map((error) => error.text).join("\n\n")));
  return details(summary, parts.join("\n\n"));
}

function ruleDiffText(rule: RuleDiff): string {
  const reasons = rule.reasons.filter((reason) => reason !== "rule");
  const reasonText = reasons.length > 0 ? `, ${reasons.join(" and ")} changed` : "";
  const title = `**${escapeHtml(rule.name)}** (\`${rule.file}\`, ${rule.change}${reasonText})`;
  const lines = [
    ...rule.added.map((entry) => `+ [${entry.case}] ${alertText(entry.alert)}`),
    ...rule.removed.map((entry) => `- [${entry.case}] ${alertText(entry.alert)}`),
    ...rule.changed.flatMap((entry) => [
      `! [${entry.case}] ${alertText(entry.alert)}`,
      ...entry.columns.map(
        (column) =>
          `!     ${column}: ${stringifyJson(entry.base.columns[column] ?? null)} -> ${stringifyJson(entry.alert.columns[column] ?? null)}`,
      ),
      ...(entry.columns.length === 0
        ? [`!     entities: ${stringifyJson(entry.base.entities)} -> ${stringifyJson(entry.alert.entities)}`]
        : []),
    ]),
    ...rule.errors.map((error) => `# ${error.text.replace(/\n/g, "\n# ")}`),
  ];
  if (lines.length === 0) return `${title}: no alert changes on ${plural(rule.inputs, "input")}.`;
  return `${title}\n\n${fence(lines.join("\n"), "diff")}`;
}
