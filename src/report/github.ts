import type { AnnotationProperties } from "@actions/core";
import { formatDiffText, isEmptyDiff } from "./alert-diff.js";
import { formatJobSummary } from "./job-summary.js";
import type { CaseReport, ReportError, RuleReport, RunReport } from "./types.js";

/** One workflow annotation, before it is sent. */
export interface Annotation {
  level: "error" | "warning";
  message: string;
  properties: AnnotationProperties;
}

/**
 * The part of `@actions/core` this module uses, so that tests can pass a
 * fake that records the calls.
 */
export interface AnnotationCore {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  summary: {
    addRaw(text: string, addEOL?: boolean): unknown;
    write(): Promise<unknown>;
  };
}

/**
 * Lists the annotations for a report. Each failed, erroneous or
 * unexpectedly passing case, each invalid file and each failed property
 * gets an error at its file and line. Each warning and each surviving
 * mutant gets a warning.
 */
export function buildAnnotations(report: RunReport): Annotation[] {
  return [
    ...report.errors.map((error) => problemAnnotation("error", error)),
    ...report.rules.flatMap(ruleAnnotations),
  ];
}

function ruleAnnotations(rule: RuleReport): Annotation[] {
  const annotations = [
    ...rule.errors.map((error) => problemAnnotation("error", error)),
    ...rule.warnings.map((warning) => problemAnnotation("warning", warning)),
  ];
  for (const testCase of rule.cases) {
    const annotation = caseAnnotation(rule, testCase);
    if (annotation) annotations.push(annotation);
  }
  for (const property of rule.properties.filter((item) => item.status === "failed")) {
    const message = [
      property.message ?? `property failed after ${property.runs} runs`,
      `seed: ${property.seed}`,
    ].join("\n");
    const title = `${rule.name}: property ${property.name}`;
    annotations.push({ level: "error", message, properties: rulePlace(rule, title) });
  }
  for (const mutant of rule.mutants.filter((item) => !item.killed)) {
    const message = `mutant survived: ${mutant.description}`;
    const properties = rulePlace(rule, `${rule.name}: surviving mutant`);
    annotations.push({ level: "warning", message, properties });
  }
  return annotations;
}

function caseAnnotation(rule: RuleReport, testCase: CaseReport): Annotation | undefined {
  if (testCase.status === "passed" || testCase.status === "xfail") return undefined;

  const lines = [testCase.message];
  if (testCase.status === "xpass") lines.push(`This case is marked xfail: ${testCase.xfail ?? ""}`);
  if (!isEmptyDiff(testCase.diff)) lines.push(formatDiffText(testCase.diff));
  return {
    level: "error",
    message: lines.filter(Boolean).join("\n"),
    properties: {
      title: `${rule.name}: ${testCase.name} (${testCase.status})`,
      file: testCase.file,
      startLine: testCase.line,
    },
  };
}

function problemAnnotation(level: Annotation["level"], problem: ReportError): Annotation {
  const message = problem.hint ? `${problem.message}\nhint: ${problem.hint}` : problem.message;
  const properties: AnnotationProperties = { file: problem.file, startLine: problem.line };
  if (problem.line !== undefined) properties.startColumn = problem.column;
  return { level, message, properties: dropUndefined(properties) };
}

function rulePlace(rule: RuleReport, title: string): AnnotationProperties {
  return dropUndefined({ title, file: rule.file, startLine: rule.line });
}

function dropUndefined(properties: AnnotationProperties): AnnotationProperties {
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== undefined),
  ) as AnnotationProperties;
}

/**
 * Sends the annotations of a report through `core`.
 *
 * NOTE: GitHub shows at most 10 error and 10 warning annotations per step
 * and 50 per job (actions/toolkit, docs/problem-matchers.md). The others are
 * sent but not shown, so only the log, the job summary and the JSON report
 * contain them.
 */
export function emitAnnotations(report: RunReport, core: AnnotationCore): void {
  for (const annotation of buildAnnotations(report)) {
    core[annotation.level](annotation.message, annotation.properties);
  }
}

/** Appends the report's Markdown to the job summary and writes it. */
export async function writeJobSummary(report: RunReport, core: AnnotationCore): Promise<void> {
  core.summary.addRaw(formatJobSummary(report));
  await core.summary.write();
}
