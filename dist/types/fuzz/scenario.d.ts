import type { Table, Value } from "../kql/types.js";
import type { RuleRun } from "../rules/types.js";
import type { FieldLocator } from "./field-locator.js";
import type { Tables } from "./rule-runner.js";
import type { ComparisonOperator, Measure } from "./threshold.js";
/** The expected relation of a boundary property: alert exactly when `n op value`. */
export interface Relation {
    operator: ComparisonOperator;
    value: number;
}
/**
 * The inputs to generate around a threshold for one group. A template
 * event is copied `n` times, and one field makes the copies count (distinct
 * values, or values that add up to `n`). The group's row in the result is
 * recognised by its grouping values.
 */
export interface BoundaryScenario {
    /** The property's name in the report. */
    name: string;
    /** The table the copies go to. */
    table: string;
    template: readonly Value[];
    /** The golden case's tables. The copies replace the rows of `table`. */
    tables: Tables;
    at: number;
    measure: Measure;
    /** The field given a distinct value (`distinct`) or a part of `n` (`sum`). */
    varied: FieldLocator | null;
    /** The time column moved forward towards `at`, or `null` to keep the template's time. */
    timeColumn: string | null;
    /** A grouping field changed to make events of other groups, if one is known. */
    otherKey: FieldLocator | null;
    /** Result columns and values that identify the group's row; empty matches any row. */
    group: Readonly<Record<string, unknown>>;
    relation: Relation;
    /**
     * The name of the counted quantity in messages and case names: the
     * compared column, or `n` for a declared property. When it is a result
     * column, a written case expects its value.
     */
    column: string;
    /** The range `n` is drawn from. */
    range: {
        min: number;
        max: number;
    };
    /** The golden case or property file the scenario comes from. */
    source: string;
}
/** The random parts of one generated input. */
export interface BoundaryDraw {
    n: number;
    /** One value per copy: distinct texts, or numbers adding up to `n`. */
    values: readonly (string | number)[];
    /** Seconds each copy is moved forward from the template's time. */
    delays: readonly number[];
    /** Grouping values of events from other groups. */
    others: readonly string[];
}
/** Tells whether `n` satisfies the relation: `n op value`. */
export declare function isSatisfied(relation: Relation, n: number): boolean;
/** Formats a relation over a quantity, such as `ChannelCount > 3`. */
export declare function formatRelation(relation: Relation, quantity: string): string;
/** Builds the tables of one generated input. */
export declare function buildInput(scenario: BoundaryScenario, draw: BoundaryDraw): Tables;
/** Tells whether a run returned the group's row and triggered. */
export declare function groupAlerted(scenario: BoundaryScenario, run: RuleRun): boolean;
/** Finds the result row with the group's values; an empty group matches the first row. */
export declare function findGroupRow(group: Readonly<Record<string, unknown>>, result: Table): readonly Value[] | undefined;
/** Returns the simplest draw for a given `n`, used for the boundary examples. */
export declare function plainDraw(scenario: BoundaryScenario, n: number): BoundaryDraw;
