import { relative } from "node:path";
import type { GoldenCase } from "../cases/case-loader.js";
import type { CompileOptions } from "../kql/api.js";
import type { PropertyReport, ThresholdReport } from "../report/types.js";
import type { Rule } from "../rules/types.js";
import { buildBoundaryScenario } from "./boundary.js";
import { checkBoundary } from "./boundary-property.js";
import { checkProperty } from "./property-check.js";
import type { Counterexample, PropertyBudget, PropertyOutcome } from "./property-check.js";
import { caseDocument, writeCaseFile } from "./case-writer.js";
import { declaredScenario } from "./declared.js";
import type { DeclaredProperty } from "./declared.js";
import { planMetamorphic } from "./metamorphic.js";
import { generateMutants } from "./mutant-generation.js";
import type { Mutant } from "./mutant-generation.js";
import { mutantReports, mutationScore, passingCases, runMutants } from "./mutants.js";
import type { MutantEntry } from "./mutants.js";
import { createRuleRunner } from "./rule-runner.js";
import type { FuzzEngine, RuleRunner } from "./rule-runner.js";
import type { BoundaryScenario } from "./scenario.js";
import { findStringFilters } from "./string-filters.js";
import { candidateInputs, suggestKillingCase } from "./suggestions.js";
import type { Candidate, Suggestion } from "./suggestions.js";
import { parseQuery } from "./syntax.js";
import { findThresholds, thresholdReport } from "./threshold.js";

export type { FuzzEngine } from "./rule-runner.js";
export { loadDeclaredProperties } from "./declared.js";
export type { DeclaredProperty, LoadedProperties } from "./declared.js";

/** Default number of generated inputs per property. */
export const DEFAULT_FUZZ_RUNS = 100;
/** Default time budget per rule, in milliseconds, for properties and mutants together. */
export const DEFAULT_TIME_BUDGET_MS = 30_000;

export interface FuzzOptions {
  /** The rule model: compile and run. */
  engine: FuzzEngine;
  /** The table schemas and workspace functions the rule compiles against. */
  schemas: CompileOptions;
  /** The repository root: written cases name the rule relative to it. */
  root: string;
  /** Generated inputs per property (`--fuzz-runs`); default 100. */
  runs?: number;
  /** The seed of every property (`--seed`); default: drawn at random and reported. */
  seed?: number;
  /** Time budget for the rule in milliseconds; default 30 000. */
  timeBudgetMs?: number;
  /** Folder for shrunk counterexamples and suggested cases (`--write-counterexamples`). */
  writeCounterexamples?: string;
  /** The properties the rule's test case files declare. */
  declared?: readonly DeclaredProperty[];
}

/** What fuzzing adds to a rule's report. */
export interface FuzzResult {
  threshold: ThresholdReport;
  properties: PropertyReport[];
  mutants: MutantEntry[];
  mutationScore: number | null;
  /** Properties that could not be built, with the reason. */
  skipped: { name: string; reason: string }[];
}

/**
 * Fuzzes one rule with its golden cases: finds its threshold, checks the
 * boundary property around it, and runs the cases on every mutant of its
 * query. Failing properties are shrunk; their counterexamples, and a case
 * that would kill each surviving mutant when one is found, are written as
 * golden case files when `writeCounterexamples` is set.
 */
export function fuzzRule(
  rule: Rule,
  cases: readonly GoldenCase[],
  options: FuzzOptions,
): FuzzResult {
  const deadline = Date.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  const budget: PropertyBudget = {
    runs: options.runs ?? DEFAULT_FUZZ_RUNS,
    seed: options.seed ?? Math.floor(Math.random() * 0x7fffffff),
    deadline,
  };
  const runner = createRuleRunner(rule, options.engine, options.schemas);
  const search = findThresholds(rule.query, options.schemas);
  const result: FuzzResult = {
    threshold: thresholdReport(search),
    properties: [],
    mutants: [],
    mutationScore: null,
    skipped: [],
  };

  const passing = passingCases(cases, runner);
  const scenarios: BoundaryScenario[] = [];
  const automatic = search.thresholds[0]
    ? buildBoundaryScenario(search.thresholds[0], passing, runner)
    : undefined;
  if (automatic?.scenario) scenarios.push(automatic.scenario);
  else if (automatic) result.skipped.push({ name: "boundary", reason: automatic.reason });
  scenarios.push(...(options.declared ?? []).map(declaredScenario));

  for (const scenario of scenarios) {
    const outcome = checkBoundary(scenario, runner, budget);
    result.properties.push(propertyReport(outcome, rule, options));
  }
  const plan = planMetamorphic({
    runner,
    cases: passing,
    threshold: search.thresholds[0],
    scenario: automatic?.scenario,
  });
  for (const spec of plan.specs) {
    result.properties.push(propertyReport(checkProperty(spec, budget), rule, options));
  }
  result.skipped.push(...plan.skipped);

  if (passing.length > 0) {
    const mutants = generateMutants(rule.query, options.schemas);
    const outcomes = runMutants(mutants, passing, runner, deadline);
    const survivors = outcomes.filter((o) => o.status === "survived").map((o) => o.mutant);
    const filters = findStringFilters(parseQuery(rule.query, options.schemas));
    const threshold = search.thresholds[0];
    const keys = threshold ? [...threshold.groupBy, threshold.column] : undefined;
    const candidates = candidateInputs(scenarios, passing, filters, keys);
    const suggestions = suggestCases(survivors, candidates, runner, rule, options);
    result.mutants = mutantReports(outcomes, suggestions);
    result.mutationScore = mutationScore(outcomes);
  }
  return result;
}

function propertyReport(outcome: PropertyOutcome, rule: Rule, options: FuzzOptions): PropertyReport {
  const report: PropertyReport = {
    name: outcome.name,
    status: outcome.passed ? "passed" : "failed",
    runs: outcome.runs,
    seed: outcome.seed,
    counterexample: null,
  };
  const failure = outcome.counterexample;
  if (!failure) return report;

  const document = documentOf(failure, rule, options.root);
  report.counterexample = document;
  report.message = failure.message;
  // Without an expectation the input is reported but is no golden case.
  if (options.writeCounterexamples && failure.expect) {
    const origin = `shrunk counterexample of '${outcome.name}', seed ${outcome.seed}: ${failure.message}`;
    report.counterexampleFile = writeCaseFile(options.writeCounterexamples, rule.file, outcome.name, document, origin);
  }
  return report;
}

function suggestCases(
  survivors: readonly Mutant[],
  candidates: readonly Candidate[],
  runner: RuleRunner,
  rule: Rule,
  options: FuzzOptions,
): Map<Mutant, unknown> {
  const suggestions = new Map<Mutant, unknown>();
  for (const mutant of survivors) {
    const found = suggestKillingCase(mutant, candidates, runner);
    if (found) suggestions.set(mutant, suggestionEntry(found, mutant, rule, options));
  }
  return suggestions;
}

function suggestionEntry(found: Suggestion, mutant: Mutant, rule: Rule, options: FuzzOptions) {
  const document = documentOf(found, rule, options.root);
  if (!options.writeCounterexamples) return { case: document };

  const origin = `suggested case that kills the mutant '${mutant.description}'`;
  const file = writeCaseFile(options.writeCounterexamples, rule.file, `kill ${mutant.description}`, document, origin);
  return { case: document, file };
}

function documentOf(example: Counterexample | Suggestion, rule: Rule, root: string) {
  const ruleFile = relative(root, rule.file).split("\\").join("/");
  return caseDocument(ruleFile, example.name, example.at, example.tables, example.expect ?? {});
}
