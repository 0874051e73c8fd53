import type { GoldenCase } from "../cases/case-loader.js";
import type { InputError } from "../errors.js";
import type { CompileOptions } from "../kql/api.js";
import type { PropertyReport, ThresholdReport } from "../report/types.js";
import type { Rule } from "../rules/types.js";
import type { DeclaredProperty } from "./declared.js";
import type { MutantEntry } from "./mutants.js";
import type { FuzzEngine } from "./rule-runner.js";
export type { FuzzEngine } from "./rule-runner.js";
export { loadDeclaredProperties } from "./declared.js";
export type { DeclaredProperty, LoadedProperties } from "./declared.js";
/** Default number of generated inputs per property. */
export declare const DEFAULT_FUZZ_RUNS = 100;
/** Default time budget per rule, in milliseconds, for properties and mutants together. */
export declare const DEFAULT_TIME_BUDGET_MS = 30000;
/**
 * Default time budget, in milliseconds, for a rule with no golden case,
 * whose properties start from generated events and which has no mutants
 * to test.
 */
export declare const DEFAULT_GENERATED_BUDGET_MS = 2000;
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
    skipped: {
        name: string;
        reason: string;
    }[];
    /** Errors in declared properties found only against the compiled rule. */
    errors: InputError[];
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
export declare function fuzzRule(rule: Rule, cases: readonly GoldenCase[], options: FuzzOptions): FuzzResult;
