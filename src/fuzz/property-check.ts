import fc from "fast-check";
import type { CaseExpect } from "./case-writer.js";
import type { Tables } from "./rule-runner.js";

/** How long and how hard a property searches. */
export interface PropertyBudget {
  /** Generated inputs per property, after any fixed examples. */
  runs: number;
  seed: number;
  /** `Date.now()` milliseconds after which no new input is tried. */
  deadline: number;
}

/** A failing input, shrunk, with what the case built from it must expect. */
export interface Counterexample {
  /** A name for the golden case written from it. */
  name: string;
  tables: Tables;
  at: number;
  /** The expectation of the written case, or `undefined` when none can be stated. */
  expect?: CaseExpect;
  /** The reason the rule is wrong on it. */
  message: string;
}

/** The outcome of one property. */
export interface PropertyOutcome {
  name: string;
  passed: boolean;
  runs: number;
  seed: number;
  counterexample?: Counterexample;
}

/** One property: what it draws, what must hold, and how a failure reads. */
export interface PropertySpec<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  predicate: (draw: T) => boolean;
  describe: (draw: T) => Counterexample;
  /** Inputs tried before the random ones. */
  examples?: readonly T[];
}

/**
 * Runs a property with fast-check under the budget's seed, run count and
 * deadline, and shrinks a failure. An error thrown by the rule or the
 * engine is raised again, so that it is reported as an error rather than
 * as a counterexample.
 */
export function checkProperty<T>(spec: PropertySpec<T>, budget: PropertyBudget): PropertyOutcome {
  const details = fc.check(fc.property(spec.arbitrary, spec.predicate), {
    numRuns: budget.runs,
    seed: budget.seed,
    examples: (spec.examples ?? []).map((draw) => [draw] as [T]),
    interruptAfterTimeLimit: Math.max(1, budget.deadline - Date.now()),
    markInterruptAsFailure: false,
  });
  const counterexample = details.counterexample;
  // fast-check counts a deadline reached before the first run as a failure
  // with no counterexample; that is a property not run, reported by its runs.
  const interruptedEarly = details.interrupted && !counterexample;
  const passed = !details.failed || interruptedEarly;
  const outcome = { name: spec.name, passed, runs: details.numRuns, seed: budget.seed };
  if (!details.failed || !counterexample) return outcome;

  // Replaying the shrunk input throws again when the failure was an error.
  spec.predicate(counterexample[0]);
  return { ...outcome, counterexample: spec.describe(counterexample[0]) };
}
