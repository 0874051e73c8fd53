import { InputError } from "../errors.js";
import type { CompileOptions } from "../kql/api.js";
import { BOUNDARY_PREFIX } from "../fuzz/boundary.js";
import { declaredScenario, type DeclaredProperty } from "../fuzz/declared.js";
import type { FuzzResult } from "../fuzz/index.js";
import type { MutantEntry } from "../fuzz/mutants.js";
import { findThresholds, thresholdReport } from "../fuzz/threshold.js";
import type {
  MutantReport,
  PropertyReport,
  RuleReport,
  RunSummary,
  ThresholdReport,
} from "../report/types.js";
import { reportError } from "./case-status.js";
import { queryPositionMap } from "../rules/query-position.js";
import type { Rule } from "../rules/types.js";

/** The fuzzing settings of one `runAll` call. */
export interface FuzzSettings {
  /** Generated inputs per property; 0 turns fuzzing and mutation testing off. */
  readonly runs: number;
  /** The seed of every property of the run. */
  readonly seed: number;
  /** Absolute folder for shrunk counterexamples and suggested cases. */
  readonly writeCounterexamples?: string;
  /** Time budget per rule in milliseconds; the fuzzer's default when unset. */
  readonly timeBudgetMs?: number;
}

/**
 * Copies a fuzzing result into a rule's report. Each declared property
 * gets the file and line that declare it, and each mutant the line and
 * column of its change in the rule file, so annotations point there.
 */
export function applyFuzzResult(
  report: RuleReport,
  result: FuzzResult,
  rule: Rule,
  declared: readonly DeclaredProperty[],
): void {
  report.threshold = result.threshold;
  report.mutationScore = result.mutationScore;
  report.properties = result.properties.map((property) => withDeclaration(property, declared));
  report.mutants = placeMutants(result.mutants, rule);
  if (result.skipped.length > 0) report.skippedProperties = result.skipped;
  report.errors.push(...result.errors.map(reportError));
}

function withDeclaration(
  property: PropertyReport,
  declared: readonly DeclaredProperty[],
): PropertyReport {
  const source = declared.find((item) => declaredScenario(item).name === property.name);
  if (!source) return property;
  return { ...property, file: source.file, line: source.line };
}

function placeMutants(mutants: readonly MutantEntry[], rule: Rule): MutantReport[] {
  const toFile = queryPositionMap(rule.source, rule.query);
  return mutants.map((mutant) => {
    const { line, column } = queryPosition(rule.query, mutant.offset);
    const place = toFile(line, column);
    return { ...mutant, line: place.line, column: place.column };
  });
}

/** Returns the 1-based line and column of a 0-based offset in `text`. */
function queryPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  const line = before.split("\n").length;
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds the threshold of a rule that does not compile, from its syntax
 * tree alone. Returns `{found: false}` with the parser's error when the
 * query cannot be read at all.
 */
export function syntaxThreshold(rule: Rule, options: CompileOptions): ThresholdReport {
  try {
    return thresholdReport(findThresholds(rule.query, options));
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    return { found: false, reason: error.message };
  }
}

/**
 * Counts the rules whose threshold was found, and those of them whose
 * automatic boundary property ran (passed or failed, not skipped).
 */
export function countThresholds(
  rules: readonly RuleReport[],
): Required<Pick<RunSummary, "thresholdsFound" | "thresholdsFuzzed">> {
  const found = rules.filter((rule) => rule.threshold?.found === true);
  const fuzzed = found.filter((rule) =>
    rule.properties.some((property) => property.name.startsWith(BOUNDARY_PREFIX)),
  );
  return { thresholdsFound: found.length, thresholdsFuzzed: fuzzed.length };
}
