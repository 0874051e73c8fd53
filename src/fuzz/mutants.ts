import type { GoldenCase } from "../cases/case-loader.js";
import { compareRun, querySorts } from "../cases/compare.js";
import { InputError } from "../errors.js";
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
export function passingCases(cases: readonly GoldenCase[], runner: RuleRunner): GoldenCase[] {
  return cases.filter((item) => !item.xfail && casePasses(item, runner));
}

/**
 * Runs the passing cases on every mutant, stopping at `deadline`
 * (`Date.now()` milliseconds). A mutant is killed by the first case whose
 * outcome changes from pass to fail.
 */
export function runMutants(
  mutants: readonly Mutant[],
  cases: readonly GoldenCase[],
  runner: RuleRunner,
  deadline: number,
): MutantResult[] {
  return mutants.map((mutant) => {
    if (Date.now() > deadline) return { mutant, status: "skipped" };
    return runMutant(mutant, cases, runner);
  });
}

function runMutant(mutant: Mutant, cases: readonly GoldenCase[], runner: RuleRunner): MutantResult {
  for (const item of cases) {
    let passes: boolean;
    try {
      passes = casePasses(item, runner, mutant.query);
    } catch (error: unknown) {
      if (!(error instanceof InputError)) throw error;
      return { mutant, status: "invalid", detail: error.message };
    }
    if (!passes) return { mutant, status: "killed", detail: item.name };
  }
  return { mutant, status: "survived" };
}

function casePasses(item: GoldenCase, runner: RuleRunner, query?: string): boolean {
  const text = query ?? runner.rule.query;
  const run = runner.run(item.tables, item.at, text);
  return compareRun(item.expect, run, { ordered: querySorts(text) }).passed;
}

/**
 * Returns killed / (killed + survived), or `null` when no mutant was
 * decided. Invalid and skipped mutants count on neither side.
 */
export function mutationScore(results: readonly MutantResult[]): number | null {
  const killed = results.filter((r) => r.status === "killed").length;
  const survived = results.filter((r) => r.status === "survived").length;
  return killed + survived === 0 ? null : killed / (killed + survived);
}

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
export function mutantReports(
  results: readonly MutantResult[],
  suggestions: ReadonlyMap<Mutant, unknown> = new Map(),
): MutantEntry[] {
  return results.map(({ mutant, status, detail }) => {
    const report: MutantEntry = {
      description: mutant.description,
      killed: status === "killed",
      status,
      kind: mutant.kind,
      offset: mutant.offset,
    };
    if (status === "killed") report.killedBy = detail;
    if (status === "invalid") report.reason = detail;
    const suggestion = suggestions.get(mutant);
    if (suggestion !== undefined) report.suggestion = suggestion;
    return report;
  });
}
