import { stringify as stringifyYaml } from "yaml";
import { diffLines, isEmptyDiff, type DiffLine } from "./alert-diff.js";
import {
  describeMutants,
  mutantPlace,
  NO_SUGGESTION,
  suggestedCase,
  survivingMutants,
} from "./mutants.js";
import { formatThresholdTotals, formatTotals } from "./totals.js";
import type {
  CaseReport,
  CaseStatus,
  PropertyReport,
  ReportError,
  RuleReport,
  RunReport,
  ThresholdReport,
} from "./types.js";

export interface TextOptions {
  /** Use ANSI colours; see {@link shouldColor}. */
  color: boolean;
}

type Paint = (text: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
}

const plain: Paint = (text) => text;

const ansi = (open: number, close: number): Paint => (text) =>
  `\u001b[${open}m${text}\u001b[${close}m`;

const COLORS: Palette = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  green: ansi(32, 39),
  yellow: ansi(33, 39),
};

const NO_COLORS: Palette = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };

/** Expected values red, actual values green, context lines dim. */
const SIGN_COLORS: Record<DiffLine["sign"], keyof Palette> = { "-": "red", "+": "green", " ": "dim" };

const MARKS: Record<CaseStatus, { label: string; color: keyof Palette }> = {
  passed: { label: "PASS ", color: "green" },
  failed: { label: "FAIL ", color: "red" },
  error: { label: "ERROR", color: "red" },
  xfail: { label: "XFAIL", color: "yellow" },
  xpass: { label: "XPASS", color: "red" },
};

/**
 * Decides whether terminal output gets colours: only on a TTY, and never
 * when the `NO_COLOR` variable is set to a non-empty value (the no-color.org
 * convention, which treats an empty value as unset).
 */
export function shouldColor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/**
 * Formats the terminal report: per rule a header and one line per case,
 * the alert diff of each failing case, `xfail` reasons, properties,
 * surviving mutants, errors in the compiler-style frame, then the totals.
 * The text ends with a newline.
 */
export function formatTextReport(report: RunReport, options: TextOptions): string {
  const palette = options.color ? COLORS : NO_COLORS;
  const blocks = report.rules.map((rule) => formatRule(rule, palette));
  if (report.errors.length > 0) {
    blocks.push(report.errors.map((error) => formatError(error, palette)).join("\n"));
  }
  blocks.push(palette.bold(formatTotals(report.summary) + formatThresholdTotals(report.summary)));
  return `${blocks.join("\n\n")}\n`;
}

function formatRule(rule: RuleReport, palette: Palette): string {
  const lines = [`${palette.bold(rule.name)} ${palette.dim(`(${placeOf(rule)})`)}`];
  if (rule.threshold) lines.push(`  ${palette.dim(describeThreshold(rule.threshold))}`);

  for (const error of rule.errors) lines.push(indent(formatError(error, palette), 2));
  for (const warning of rule.warnings) lines.push(indent(formatWarning(warning, palette), 2));
  for (const testCase of rule.cases) lines.push(...formatCase(testCase, palette));
  for (const property of rule.properties) lines.push(...formatProperty(property, palette));
  for (const skipped of rule.skippedProperties ?? []) {
    lines.push(`  ${palette.dim(`SKIP  property ${skipped.name}: ${skipped.reason}`)}`);
  }
  lines.push(...formatMutants(rule, palette));
  return lines.join("\n");
}

function placeOf(rule: RuleReport): string {
  return rule.line === undefined ? rule.file : `${rule.file}:${rule.line}`;
}

/** Describes the threshold fuzzing found, or why it found none. */
function describeThreshold(threshold: ThresholdReport): string {
  if (!threshold.found) {
    const reason = typeof threshold.reason === "string" ? `: ${threshold.reason}` : "";
    return `threshold: none found${reason}`;
  }
  const { column, operator, value } = threshold;
  return `threshold: ${column ?? "?"} ${operator ?? "?"} ${value ?? "?"}`;
}

function formatCase(testCase: CaseReport, palette: Palette): string[] {
  const mark = MARKS[testCase.status];
  const paint = palette[mark.color];
  const place = palette.dim(`(${testCase.file}:${testCase.line})`);
  const message = testCase.message ? `: ${testCase.message}` : "";
  const lines = [`  ${paint(mark.label)} ${testCase.name} ${place}${message}`];

  if (testCase.xfail !== undefined && !testCase.message.includes(testCase.xfail)) {
    lines.push(`          xfail: ${testCase.xfail}`);
  }
  if (!isEmptyDiff(testCase.diff)) {
    for (const line of diffLines(testCase.diff)) {
      const color = SIGN_COLORS[line.sign];
      lines.push(`          ${palette[color](`${line.sign} ${line.text}`)}`);
    }
  }
  return lines;
}

function formatProperty(property: PropertyReport, palette: Palette): string[] {
  const passed = property.status === "passed";
  const label = passed ? palette.green("PASS ") : palette.red("FAIL ");
  const runs = `(${property.runs} runs, seed ${property.seed})`;
  const message = property.message ? `: ${property.message}` : "";
  const lines = [`  ${label} property ${property.name} ${palette.dim(runs)}${message}`];

  if (property.file !== undefined) {
    lines.push(`          ${palette.dim(`declared at ${property.file}:${property.line ?? 1}`)}`);
  }
  if (!passed && property.counterexample !== null && property.counterexample !== undefined) {
    lines.push("          counterexample:", indent(formatYaml(property.counterexample), 12));
  }
  if (property.counterexampleFile) {
    lines.push(`          written to ${property.counterexampleFile}`);
  }
  return lines;
}

/** Formats a value as YAML without a final newline, the way case files are written. */
function formatYaml(value: unknown): string {
  return stringifyYaml(value, { lineWidth: 0 }).trimEnd();
}

function formatMutants(rule: RuleReport, palette: Palette): string[] {
  if (rule.mutants.length === 0) return [];

  const lines = [`  mutants: ${describeMutants(rule)}`];
  for (const mutant of survivingMutants(rule)) {
    const place = palette.dim(`(${mutantPlace(rule, mutant)})`);
    lines.push(`    ${palette.yellow("warning:")} mutant survived: ${mutant.description} ${place}`);
    const suggestion = suggestedCase(mutant);
    lines.push(`          ${suggestion ? `suggested case: ${suggestion.name}` : NO_SUGGESTION}`);
    if (suggestion?.file) lines.push(`          written to ${suggestion.file}`);
  }
  return lines;
}

function formatError(error: ReportError, palette: Palette): string {
  return paintLabel(error.text, "error:", palette.red);
}

/** Warnings carry the error frame; only their label changes. */
function formatWarning(warning: ReportError, palette: Palette): string {
  const text = warning.text.replace(/^error:/, "warning:");
  return paintLabel(text, "warning:", palette.yellow);
}

function paintLabel(text: string, label: string, paint: Paint): string {
  if (!text.startsWith(label)) return text;
  return paint(label) + text.slice(label.length);
}

function indent(text: string, spaces: number): string {
  const margin = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => margin + line)
    .join("\n");
}
