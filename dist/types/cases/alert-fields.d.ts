import type { KustoType } from "../kql/types.js";
import type { FieldComparison } from "../report/types.js";
import type { ExpectedAlert } from "./case-loader.js";
/** An alert as the rule model raises it; only these fields are compared. */
export interface ActualAlert {
    readonly columns: Readonly<Record<string, unknown>>;
    readonly entities: readonly Readonly<Record<string, unknown>>[];
    readonly customDetails?: Readonly<Record<string, unknown>>;
    readonly name?: string;
    readonly description?: string;
    readonly severity?: string;
    readonly tactics?: readonly string[];
}
/**
 * Compares every field an expectation names with the actual alert: each
 * column, then the entity list, the custom details, the alert details and
 * the tactics. A column the alert lacks never matches and has no `actual`.
 */
export declare function compareFields(expected: ExpectedAlert, actual: ActualAlert, types: ReadonlyMap<string, KustoType>): FieldComparison[];
/** The kinds of field that expectations name, to show only those of an unexpected alert. */
export interface NamedFields {
    /** Column names, or `undefined` to show every column. */
    readonly columns?: ReadonlySet<string>;
    readonly others: ReadonlySet<string>;
}
/**
 * Collects the fields the expectations name. With no expectation at all
 * (`alerts: []`), an unexpected alert shows its columns and entities.
 */
export declare function namedFields(expected: readonly ExpectedAlert[]): NamedFields;
/** Shows an actual alert in a diff with only the named fields. */
export declare function actualView(alert: ActualAlert, named: NamedFields): Record<string, unknown>;
/** Shows an expected alert in a diff, without its source lines. */
export declare function expectedView(alert: ExpectedAlert): Record<string, unknown>;
