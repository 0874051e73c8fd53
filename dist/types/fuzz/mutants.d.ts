import type { GoldenCase } from "../cases/case-loader.js";
import type { MutantReport } from "../report/types.js";
import type { Mutant } from "./mutant-generation.js";
import type { RuleRunner } from "./rule-runner.js";
/** The outcome of running the golden cases on one mutant. */
export interface MutantResult {
    mutant: Mutant;
    /**
     * `killed`: a case that passes on the rule fails on the mutant.
     * `survived`: every such case still passes.
     * `invalid`: the mutant does not compile or run, so it decides nothing.
     * `skipped`: the time budget ran out first.
     */
    status: "killed" | "survived" | "invalid" | "skipped";
    /** The case that killed it, or why it is invalid. */
    detail?: string;
}
/**
 * Lists the golden cases that pass on the rule as written: only their
 * outcome can change on a mutant. `xfail` cases are left out.
 */
export declare function passingCases(cases: readonly GoldenCase[], runner: RuleRunner): GoldenCase[];
/**
 * Runs the passing cases on every mutant, stopping at `deadline`
 * (`Date.now()` milliseconds). A mutant is killed by the first case whose
 * outcome changes from pass to fail.
 */
export declare function runMutants(mutants: readonly Mutant[], cases: readonly GoldenCase[], runner: RuleRunner, deadline: number): MutantResult[];
/**
 * Returns killed / (killed + survived), or `null` when no mutant was
 * decided. Invalid and skipped mutants count on neither side.
 */
export declare function mutationScore(results: readonly MutantResult[]): number | null;
/** A mutant's report entry, with the fields fuzzing adds. */
export interface MutantEntry extends MutantReport {
    status: MutantResult["status"];
    kind: Mutant["kind"];
    /** Offset of the change in the query text. */
    offset: number;
    /** The reason an invalid mutant could not be run. */
    reason?: string;
}
/** Builds the report entries, with a suggested case for each survivor that has one. */
export declare function mutantReports(results: readonly MutantResult[], suggestions?: ReadonlyMap<Mutant, unknown>): MutantEntry[];
