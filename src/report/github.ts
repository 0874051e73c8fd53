import type { AnnotationProperties } from "@actions/core";
import type { DiffReport } from "../diff/types.js";
import { formatRemainder, pickAnnotations, type Annotation } from "../github/annotations.js";
import { formatDiffMarkdown } from "../github/comment-body.js";
import { formatDiffText, isEmptyDiff } from "./alert-diff.js";
import { formatJobSummary, SUMMARY_LIMIT_BYTES } from "./job-summary.js";
import { NO_SUGGESTION, suggestedCase, survivingMutants } from "./mutants.js";
import type {
  CaseReport,
  MutantReport,
  PropertyReport,
  ReportError,
  RuleReport,
  RunReport,
} from "./types.js";

export type { Annotation };

type Properties = Annotation["properties"];

/**
 * The part of `@actions/core` this module uses, so that tests can pass a
 * fake that records the calls.
 */
export interface AnnotationCore {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
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
    annotations.push(propertyAnnotation(rule, property));
  }
  for (const mutant of survivingMutants(rule)) {
    annotations.push(mutantAnnotation(rule, mutant));
  }
  return annotations;
}

/** Builds an error at the file that declares the property, or at the rule. */
function propertyAnnotation(rule: RuleReport, property: PropertyReport): Annotation {
  const lines = [
    property.message ?? `property failed after ${property.runs} runs`,
    `runs: ${property.runs}, seed: ${property.seed} (run with this seed to replay the inputs)`,
  ];
  if (property.counterexampleFile) {
    lines.push(`shrunk counterexample written to ${property.counterexampleFile}`);
  }
  const title = `${rule.name}: property ${property.name}`;
  const properties = property.file
    ? dropUndefined({ title, file: property.file, startLine: property.line })
    : rulePlace(rule, title);
  return { level: "error", message: lines.join("\n"), properties };
}

/** Builds a warning at the query line the mutant changes. */
function mutantAnnotation(rule: RuleReport, mutant: MutantReport): Annotation {
  const lines = [
    `mutant survived: ${mutant.description}`,
    "No golden case tells this change from the rule: add a case whose expected alerts differ under it.",
  ];
  const suggestion = suggestedCase(mutant);
  lines.push(suggestion ? `suggested case: ${suggestion.name}` : NO_SUGGESTION);
  if (suggestion?.file) lines.push(`written to ${suggestion.file}`);
  const title = `${rule.name}: surviving mutant`;
  const properties = dropUndefined({
    title,
    file: rule.file,
    startLine: mutant.line ?? rule.line,
    startColumn: mutant.line === undefined ? undefined : mutant.column,
  });
  return { level: "warning", message: lines.join("\n"), properties };
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

/**
 * Lists an error annotation for each error of a diff report: a rule version
 * that could not be evaluated on a case, or a file that no longer loads.
 */
export function buildDiffAnnotations(diff: DiffReport): Annotation[] {
  const errors = [...diff.rules.flatMap((rule) => rule.errors), ...diff.errors];
  return errors.map((error) => problemAnnotation("error", error));
}

function problemAnnotation(level: Annotation["level"], problem: ReportError): Annotation {
  const message = problem.hint ? `${problem.message}\nhint: ${problem.hint}` : problem.message;
  const properties: Properties = { file: problem.file, startLine: problem.line };
  if (problem.line !== undefined) properties.startColumn = problem.column;
  return { level, message, properties: dropUndefined(properties) };
}

function rulePlace(rule: RuleReport, title: string): Properties {
  return dropUndefined({ title, file: rule.file, startLine: rule.line });
}

function dropUndefined(properties: Properties): Properties {
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== undefined),
  ) as Properties;
}

/**
 * Sends the annotations GitHub will show through `core`: per level the
 * first ten in file and line order (see `pickAnnotations`). Returns the
 * others, for the job summary, because GitHub drops them.
 */
export function emitAnnotations(
  annotations: readonly Annotation[],
  core: AnnotationCore,
): Annotation[] {
  const { shown, remainder } = pickAnnotations(annotations);
  for (const annotation of shown) {
    core[annotation.level](annotation.message, annotation.properties);
  }
  return remainder;
}

/** The reports the Action's job summary shows. */
export interface StepSummary {
  run: RunReport;
  diff?: DiffReport;
  /** Annotations GitHub did not show, from {@link emitAnnotations}. */
  remainder?: readonly Annotation[];
}

/**
 * Formats the job summary: the run report (see `formatJobSummary`), then
 * the base-versus-head alert diff and the annotations left over. The run
 * report gives up rules first to stay within GitHub's 1 MiB.
 */
export function formatStepSummary(summary: StepSummary): string {
  const extra: string[] = [];
  if (summary.diff) extra.push(`### Alert diff\n\n${formatDiffMarkdown(summary.diff)}\n`);
  const remainder = formatRemainder(summary.remainder ?? []);
  if (remainder) extra.push(remainder);

  const room = SUMMARY_LIMIT_BYTES - Buffer.byteLength(extra.join("\n"));
  return [formatJobSummary(summary.run, Math.max(0, room - 1)), ...extra].join("\n");
}

/** Appends Markdown to the job summary and writes it. */
export async function writeJobSummary(markdown: string, core: AnnotationCore): Promise<void> {
  core.summary.addRaw(markdown);
  await core.summary.write();
}
