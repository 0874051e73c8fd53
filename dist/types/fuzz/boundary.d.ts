import type { SeedSource } from "./generated-seeds.js";
import type { RuleRunner } from "./rule-runner.js";
import type { BoundaryScenario, Relation } from "./scenario.js";
import type { Threshold } from "./threshold.js";
/** A scenario, or why none could be built. */
export type ScenarioOutcome = {
    scenario: BoundaryScenario;
    reason?: undefined;
} | {
    scenario?: undefined;
    reason: string;
};
/** The start of the name of the boundary property built from a threshold. */
export declare const BOUNDARY_PREFIX = "boundary: ";
/** The reason given when no generated event gets through to the threshold. */
export declare const NO_GENERATED_SEED = "no generated event passes the filters before the threshold";
/**
 * Builds the boundary scenario of a threshold from the golden cases. The
 * query with the threshold comparison replaced by `true` is run on each
 * case until one returns a row, and that row's grouping values name the
 * group. The first event of that case that makes the group's row on its
 * own is the template. When no case does, the inputs of `generate` (built
 * from the table schemas) are tried the same way. Returns a reason instead
 * when the threshold measures no count or sum, the counted field is
 * computed, or no input reaches the aggregation.
 */
export declare function buildBoundaryScenario(threshold: Threshold, cases: readonly SeedSource[], runner: RuleRunner, relation?: Relation, generate?: () => readonly SeedSource[]): ScenarioOutcome;
/** Draws `n` within three of the threshold, never below `min`. */
export declare function rangeAround(value: number, min: number): {
    min: number;
    max: number;
};
/** Replaces the threshold comparison by `true`, so every group reaches the result. */
export declare function relaxQuery(query: string, threshold: Threshold): string;
