import type { GoldenCase } from "../cases/case-loader.js";
import type { RuleRun } from "../rules/types.js";
import type { CaseExpect } from "./case-writer.js";
import type { Mutant } from "./mutant-generation.js";
import type { RuleRunner, Tables } from "./rule-runner.js";
import type { BoundaryScenario } from "./scenario.js";
import type { StringFilter } from "./string-filters.js";
/** An input that may tell a mutant from the rule, with the columns its case checks. */
export interface Candidate {
    name: string;
    tables: Tables;
    at: number;
    columns: readonly string[];
}
/** An input on which a mutant and the rule disagree, with the rule's outcome. */
export interface Suggestion {
    name: string;
    tables: Tables;
    at: number;
    expect: CaseExpect;
}
/**
 * Lists inputs that tell common mutants from the rule. Each boundary
 * scenario gives `n` copies across its range, also with one value repeated.
 * Each passing golden case gives a copy with every event twice, and copies
 * with each field a string filter compares upper-cased, replaced, or
 * wrapped in other letters.
 */
export declare function candidateInputs(scenarios: readonly BoundaryScenario[], cases: readonly GoldenCase[], filters: readonly StringFilter[], keyColumns: readonly string[] | undefined): Candidate[];
/**
 * Finds the first candidate whose case kills the mutant: its expectation,
 * written from what the rule as written does, passes on the rule and
 * fails on the mutant. The expectation compares the candidate's columns
 * and every column on which the mutant's alerts differ, so a change such
 * as `make_set` to `make_list` shows in the count column it feeds. Returns
 * `undefined` when no candidate kills the mutant. A maintainer must check
 * the expectation before committing the case.
 *
 * NOTE: the check runs the candidate's tables as they are in memory; a
 * written case reloads them from YAML, which leaves out empty cells.
 */
export declare function suggestKillingCase(mutant: Mutant, candidates: readonly Candidate[], runner: RuleRunner): Suggestion | undefined;
/**
 * Lists the alert columns whose values differ between two runs, each
 * column's values compared as a multiset over all alerts, in the order the
 * columns first appear.
 */
export declare function differingColumns(left: RuleRun, right: RuleRun): string[];
/** Describes a run as a case expectation, keeping only the named columns. */
export declare function expectationOf(run: RuleRun, columns: readonly string[]): CaseExpect;
