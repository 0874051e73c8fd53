import type { GoldenCase } from "../cases/case-loader.js";
import type { PropertySpec } from "./property-check.js";
import type { RuleRunner } from "./rule-runner.js";
import type { BoundaryScenario } from "./scenario.js";
import type { Threshold } from "./threshold.js";
/** The rule runner, cases and threshold the metamorphic properties start from. */
export interface MetamorphicContext {
    runner: RuleRunner;
    /** Golden cases that pass on the rule. */
    cases: readonly GoldenCase[];
    threshold?: Threshold;
    scenario?: BoundaryScenario;
}
/** The properties that apply to a rule, and why the others do not. */
export interface MetamorphicPlan {
    specs: PropertySpec<never>[];
    skipped: {
        name: string;
        reason: string;
    }[];
}
/**
 * Plans the metamorphic properties of a rule over its passing golden cases.
 * Row order does not change the alerts, unless the query depends on order.
 * Events of other groups do not change a group's alert. A duplicate event
 * does not change a distinct count. Events moved before the queryPeriod
 * window act like no events. Changing the case of a value compared
 * case-insensitively changes nothing, but a `==` comparison rejects it.
 */
export declare function planMetamorphic(context: MetamorphicContext): MetamorphicPlan;
