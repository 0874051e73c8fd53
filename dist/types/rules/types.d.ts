import type { InputError } from "../errors.js";
import type { CompiledQuery } from "../kql/api.js";
import type { Table } from "../kql/types.js";
import type { JsonValue } from "../kql/values/index.js";
import type { RuleSource } from "./rule-source.js";
export type RuleKind = "Scheduled" | "NRT";
/** Trigger operators in their short form; `GreaterThan` is read as `gt`. */
export type TriggerOperator = "gt" | "lt" | "eq" | "ne";
export type Severity = "Informational" | "Low" | "Medium" | "High";
export type AggregationKind = "SingleAlert" | "AlertPerResult";
/** The dialect a rule file was written in. */
export type RuleDialect = 
/** The Azure-Sentinel repository's templates: `query`, `1h`, `gt`. */
"template"
/** The API/AzSentinel export: `Query`, `PT1H`, `GreaterThan`. */
 | "export"
/** An ARM template or a REST resource with a `properties` object. */
 | "arm";
export interface FieldMapping {
    readonly identifier: string;
    readonly columnName: string;
}
export interface EntityMapping {
    readonly entityType: string;
    readonly fieldMappings: readonly FieldMapping[];
}
export interface AlertDynamicProperty {
    readonly alertProperty: string;
    /** The result column the property takes its value from. */
    readonly value: string;
}
export interface AlertDetailsOverride {
    /** Alert name with `{{Column}}` placeholders. */
    readonly alertDisplayNameFormat?: string;
    readonly alertDescriptionFormat?: string;
    readonly alertTacticsColumnName?: string;
    readonly alertSeverityColumnName?: string;
    readonly alertDynamicProperties: readonly AlertDynamicProperty[];
}
/**
 * A Sentinel analytic rule, the same whatever dialect it was written in.
 * Durations are in timespan ticks (100 ns).
 */
export interface Rule {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly kind: RuleKind;
    readonly severity: Severity;
    readonly query: string;
    /** How often the rule runs; `null` for NRT rules. */
    readonly queryFrequency: number | null;
    /** How far back each run looks; `null` for NRT rules. */
    readonly queryPeriod: number | null;
    /** NRT rules, which have no trigger fields, are read as `gt 0`. */
    readonly triggerOperator: TriggerOperator;
    readonly triggerThreshold: number;
    readonly tactics: readonly string[];
    readonly relevantTechniques: readonly string[];
    readonly entityMappings: readonly EntityMapping[];
    /** Custom detail key to result column name, in file order. */
    readonly customDetails: Readonly<Record<string, string>>;
    readonly alertDetailsOverride: AlertDetailsOverride | null;
    readonly aggregationKind: AggregationKind;
    readonly version: string | null;
    readonly suppressionEnabled: boolean;
    /** Suppression duration in ticks, when given. */
    readonly suppressionDuration: number | null;
    readonly dialect: RuleDialect;
    /** The file the rule was read from. */
    readonly file: string;
    /** The line where the rule starts (1, or its resource in an ARM file). */
    readonly line: number;
    /** Positions of the rule's fields in its file. */
    readonly source: RuleSource;
    /** Problems that do not keep the rule from running. */
    readonly warnings: readonly InputError[];
}
/** A rule whose query is compiled and whose mapped columns were checked. */
export interface CompiledRule {
    readonly rule: Rule;
    readonly query: CompiledQuery;
}
/** A JSON value, as alerts carry them; a long beyond ±2^53 is a bigint. */
export type { JsonValue };
/**
 * An entity: its type and identifier values, such as
 * `{ type: "Account", FullName: "a@b.c" }`.
 */
export interface Entity {
    readonly type: string;
    readonly [identifier: string]: string;
}
export interface Alert {
    readonly name: string;
    readonly description: string;
    readonly severity: string;
    readonly tactics: readonly string[];
    /** The result row the alert was built from, column to value. */
    readonly columns: Readonly<Record<string, JsonValue>>;
    readonly entities: readonly Entity[];
    readonly customDetails: Readonly<Record<string, JsonValue>>;
    /** `alertDynamicProperties` values, property name to value. */
    readonly dynamicProperties: Readonly<Record<string, JsonValue>>;
    /** How many result rows the alert covers. */
    readonly rowCount: number;
    /** True for the last alert of a capped run, which covers every row. */
    readonly summary: boolean;
}
/** The outcome of one scheduled run of a rule. */
export interface RuleRun {
    /** The query's result table. */
    readonly result: Table;
    readonly rowCount: number;
    /** Whether the row count met the trigger condition. */
    readonly triggered: boolean;
    /** The alerts Sentinel would raise; empty when not triggered. */
    readonly alerts: readonly Alert[];
    /** The window the tables were restricted to, `(start, end]` in ticks. */
    readonly window: {
        readonly start: number;
        readonly end: number;
    };
}
