import type { GoldenCase } from "../cases/case-loader.js";
import type { InputError } from "../errors.js";
import type { CompileOptions } from "../kql/api.js";
import type { PropertyReport, ThresholdReport } from "../report/types.js";
import type { Rule } from "../rules/types.js";
import { buildBoundaryScenario } from "./boundary.js";
import { checkBoundary } from "./boundary-property.js";
import { declaredScenario } from "./declared.js";
import { alertColumnError, propertyRunner } from "./declared-runs.js";
import { generateSeeds } from "./generated-seeds.js";
import type { DeclaredProperty } from "./declared.js";
import { propertyReport, suggestionEntry } from "./fuzz-report.js";
import type { CaseOutput } from "./fuzz-report.js";
import { planMetamorphic } from "./metamorphic.js";
import { generateMutants } from "./mutant-generation.js";
import type { Mutant } from "./mutant-generation.js";
import { mutantReports, mutationScore, passingCases, runMutants } from "./mutants.js";
import type { MutantEntry } from "./mutants.js";
import { checkProperty } from "./property-check.js";
import type { PropertyBudget } from "./property-check.js";
import { createRuleRunner } from "./rule-runner.js";
import type { FuzzEngine, RuleRunner } from "./rule-runner.js";
import type { BoundaryScenario } from "./scenario.js";
import { findStringFilters } from "./string-filters.js";
import { candidateInputs, suggestKillingCase } from "./suggestions.js";
import { parseQuery } from "./syntax.js";
import { findThresholds, thresholdReport } from "./threshold.js";
import type { ThresholdSearch } from "./threshold.js";

export type { FuzzEngine } from "./rule-runner.js";
export { loadDeclaredProperties } from "./declared.js";
export type { DeclaredProperty, LoadedProperties } from "./declared.js";

/** Default number of generated inputs per property. */
export const DEFAULT_FUZZ_RUNS = 100;
/** Default time budget per rule, in milliseconds, for properties and mutants together. */
export const DEFAULT_TIME_BUDGET_MS = 30_000;
/**
 * Default time budget, in milliseconds, for a rule with no golden case,
 * whose properties start from generated events and which has no mutants
 * to test.
 */
export const DEFAULT_GENERATED_BUDGET_MS = 2_000;

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
  /** Collects the addresses the declared properties' runs look up without a location. */
  unmappedAddresses?: Set<string>;
}

/** The fields fuzzing adds to a rule's report. */
export interface FuzzResult {
  threshold: ThresholdReport;
  properties: PropertyReport[];
  mutants: MutantEntry[];
  mutationScore: number | null;
  /** Properties that could not be built, with the reason. */
  skipped: { name: string; reason: string }[];
  /** Errors in declared properties found only against the compiled rule. */
  errors: InputError[];
}

/** The state the steps of one rule's fuzzing share. */
interface FuzzContext {
  rule: Rule;
  runner: RuleRunner;
  search: ThresholdSearch;
  /** The golden cases that pass on the rule as written. */
  passing: GoldenCase[];
  budget: PropertyBudget;
  output: CaseOutput;
  schemas: CompileOptions;
  engine: FuzzEngine;
}

/**
 * Fuzzes one rule with its golden cases: finds its threshold, checks the
 * boundary, declared and metamorphic properties, and runs the cases on
 * every mutant of its query. When no case reaches the aggregation, the
 * boundary property starts from events generated from the table schemas
 * (see `generateSeeds`), and is skipped with the reason when none of
 * those gets through the filters either. Failing properties are shrunk. With
 * `writeCounterexamples`, each shrunk counterexample and each case found to
 * kill a surviving mutant is written as a golden case file. Raises the
 * `InputError` of a rule that does not compile or run, as running its cases
 * does.
 */
export function fuzzRule(
  rule: Rule,
  cases: readonly GoldenCase[],
  options: FuzzOptions,
): FuzzResult {
  const context = createContext(rule, cases, options);
  const result: FuzzResult = {
    threshold: thresholdReport(context.search),
    properties: [],
    mutants: [],
    mutationScore: null,
    skipped: [],
    errors: [],
  };

  const automatic = automaticScenario(context, result);
  const scenarios = automatic ? [automatic] : [];
  if (automatic) checkScenario(context, automatic, context.runner, result);
  for (const property of options.declared ?? []) {
    const runner = propertyRunner(rule, property, options.engine, {
      schemas: options.schemas,
      unmapped: options.unmappedAddresses,
    });
    const error = alertColumnError(property, runner);
    if (error) {
      result.errors.push(error);
      continue;
    }
    const scenario = declaredScenario(property);
    scenarios.push(scenario);
    checkScenario(context, scenario, runner, result);
  }
  checkMetamorphic(context, automatic, result);
  if (context.passing.length > 0) testMutants(context, scenarios, result);
  return result;
}

function checkScenario(
  context: FuzzContext,
  scenario: BoundaryScenario,
  runner: RuleRunner,
  result: FuzzResult,
): void {
  const outcome = checkBoundary(scenario, runner, context.budget);
  result.properties.push(propertyReport(outcome, context.rule, context.output));
}

function createContext(rule: Rule, cases: readonly GoldenCase[], options: FuzzOptions): FuzzContext {
  const budget = {
    runs: options.runs ?? DEFAULT_FUZZ_RUNS,
    seed: options.seed ?? Math.floor(Math.random() * 0x7fffffff),
    deadline: Date.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS),
  };
  const runner = createRuleRunner(rule, options.engine, options.schemas);
  return {
    rule,
    runner,
    search: findThresholds(rule.query, options.schemas),
    passing: passingCases(cases, runner),
    budget,
    output: { root: options.root, folder: options.writeCounterexamples },
    schemas: options.schemas,
    engine: options.engine,
  };
}

function automaticScenario(context: FuzzContext, result: FuzzResult): BoundaryScenario | undefined {
  const threshold = context.search.thresholds[0];
  if (!threshold) return undefined;

  const { rule, engine, schemas } = context;
  const generate = () => generateSeeds(rule, engine, schemas);
  const built = buildBoundaryScenario(threshold, context.passing, context.runner, threshold, generate);
  if (built.reason !== undefined) result.skipped.push({ name: "boundary", reason: built.reason });
  return built.scenario;
}

function checkMetamorphic(
  context: FuzzContext,
  scenario: BoundaryScenario | undefined,
  result: FuzzResult,
): void {
  const plan = planMetamorphic({
    runner: context.runner,
    cases: context.passing,
    threshold: context.search.thresholds[0],
    scenario,
  });
  for (const spec of plan.specs) {
    const outcome = checkProperty(spec, context.budget);
    result.properties.push(propertyReport(outcome, context.rule, context.output));
  }
  result.skipped.push(...plan.skipped);
}

function testMutants(context: FuzzContext, scenarios: readonly BoundaryScenario[], result: FuzzResult): void {
  const { rule, runner, passing, budget } = context;
  const mutants = generateMutants(rule.query, context.schemas);
  const outcomes = runMutants(mutants, passing, runner, budget.deadline);
  const survivors = outcomes.filter((o) => o.status === "survived").map((o) => o.mutant);

  const filters = findStringFilters(parseQuery(rule.query, context.schemas));
  const threshold = context.search.thresholds[0];
  const keys = threshold ? [...threshold.groupBy, threshold.column] : undefined;
  const candidates = candidateInputs(scenarios, passing, filters, keys);

  const suggestions = new Map<Mutant, unknown>();
  for (const mutant of survivors) {
    if (Date.now() > budget.deadline) break;
    const found = suggestKillingCase(mutant, candidates, runner);
    if (found) suggestions.set(mutant, suggestionEntry(found, mutant, rule, context.output));
  }
  result.mutants = mutantReports(outcomes, suggestions);
  result.mutationScore = mutationScore(outcomes);
}
