import { isAbsolute, relative, sep } from "node:path";
import type { PropertyReport } from "../report/types.js";
import type { Rule } from "../rules/types.js";
import { caseDocument, writeCaseFile } from "./case-writer.js";
import type { CaseDocument } from "./case-writer.js";
import type { Mutant } from "./mutant-generation.js";
import type { Counterexample, PropertyOutcome } from "./property-check.js";
import type { Suggestion } from "./suggestions.js";

/** The output folder of written cases, and the root their rule paths start from. */
export interface CaseOutput {
  /** The repository root: written cases name the rule relative to it. */
  root: string;
  /** The folder for case files, or `undefined` to write none. */
  folder?: string;
}

/**
 * Builds a property's report entry. A failure carries its counterexample
 * as a golden case document, written to the output folder when the
 * property states what the case must expect.
 */
export function propertyReport(outcome: PropertyOutcome, rule: Rule, output: CaseOutput): PropertyReport {
  const report: PropertyReport = {
    name: outcome.name,
    status: outcome.passed ? "passed" : "failed",
    runs: outcome.runs,
    seed: outcome.seed,
    counterexample: null,
  };
  const failure = outcome.counterexample;
  if (!failure) return report;

  const document = documentOf(failure, rule, output.root);
  report.counterexample = document;
  report.message = failure.message;
  if (output.folder && failure.expect) {
    const origin = `shrunk counterexample of '${outcome.name}', seed ${outcome.seed}: ${failure.message}`;
    const file = writeCaseFile(output.folder, document.rule, outcome.name, document, origin);
    report.counterexampleFile = shownPath(file, output.root);
  }
  return report;
}

/** The report entry of a case that kills a surviving mutant. */
export interface SuggestionEntry {
  case: CaseDocument;
  /** The file the case was written to (see `shownPath`), when an output folder is set. */
  file?: string;
}

/** Builds the suggestion entry of a surviving mutant, writing its case when asked. */
export function suggestionEntry(
  found: Suggestion,
  mutant: Mutant,
  rule: Rule,
  output: CaseOutput,
): SuggestionEntry {
  const document = documentOf(found, rule, output.root);
  if (!output.folder) return { case: document };

  const origin = `suggested case that kills the mutant '${mutant.description}'`;
  const file = writeCaseFile(output.folder, document.rule, `kill ${mutant.description}`, document, origin);
  return { case: document, file: shownPath(file, output.root) };
}

/**
 * Returns a written file's path as reports name files: relative to the
 * root with `/` separators, or absolute when it lies outside the root.
 */
function shownPath(file: string, root: string): string {
  const path = relative(root, file);
  if (isAbsolute(path) || path.split(sep).includes("..")) return file;
  return path.split(sep).join("/");
}

function documentOf(example: Counterexample | Suggestion, rule: Rule, root: string): CaseDocument {
  const ruleFile = relative(root, rule.file).split("\\").join("/");
  return caseDocument(ruleFile, example.name, example.at, example.tables, example.expect ?? {});
}
