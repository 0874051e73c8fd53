import type { PropertyBudget, PropertyOutcome } from "./property-check.js";
import type { RuleRunner } from "./rule-runner.js";
import type { BoundaryScenario } from "./scenario.js";
/**
 * Checks that the scenario's group alerts exactly when `n` satisfies the
 * relation: first at the threshold and one on each side, then on random
 * `n` around it with random values, times and events of other groups.
 * A failure is shrunk by fast-check.
 */
export declare function checkBoundary(scenario: BoundaryScenario, runner: RuleRunner, budget: PropertyBudget): PropertyOutcome;
/** Tells whether the property holds for the plain input of size `n`. */
export declare function boundaryHoldsAt(scenario: BoundaryScenario, runner: RuleRunner, n: number): boolean;
