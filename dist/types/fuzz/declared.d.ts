import type { RuleKey } from "../cases/case-loader.js";
import { InputError } from "../errors.js";
import type { ExternalDataSource, GeoLocation } from "../kql/api.js";
import type { Column, Table } from "../kql/types.js";
import type { FieldLocator } from "./field-locator.js";
import type { BoundaryScenario, Relation } from "./scenario.js";
/**
 * A property a test case file declares for its rule (see
 * docs/properties.md): copies of a template event, one field varied, and
 * the relation between the number of copies `n` and the alert.
 */
export interface DeclaredProperty {
    name: string;
    file: string;
    line: number;
    rule: RuleKey;
    at: number;
    /** The document's tables, with each watchlist as the table `watchlistTableName` names. */
    tables: Readonly<Record<string, Table>>;
    /** The content `externaldata` reads instead of each URL. */
    externalData?: Readonly<Record<string, ExternalDataSource>>;
    /** The locations `geo_info_from_ip_address` returns, by canonical address or range. */
    geoIp?: Readonly<Record<string, GeoLocation>>;
    /** The table whose first row is the template. */
    table: string;
    varied: FieldLocator | null;
    /** `distinct`: each copy gets its own value; `sum`: the values add up to `n`. */
    as: "distinct" | "sum";
    relation: Relation;
    /** Columns and values of the expected alert; empty matches any alert. */
    alert: Readonly<Record<string, unknown>>;
    /** Line of `alert:`, or of `alertWhen:` when `alert` is not given. */
    alertLine: number;
    range: {
        min: number;
        max: number;
    };
}
export interface DeclaredLoadOptions {
    root: string;
    /** The folder searched, or one case file, absolute or relative to `root`. */
    casesDir: string;
    schemas: Readonly<Record<string, readonly Column[]>>;
    rules: readonly RuleKey[];
}
export interface LoadedProperties {
    properties: DeclaredProperty[];
    errors: InputError[];
}
/**
 * Loads every declared property in `casesDir`: the YAML documents (or
 * list items) that have `property:` where a golden case has `expect:`.
 * Other documents are left to the case loader. A property that is invalid
 * becomes an error at its file and line and never stops the others.
 */
export declare function loadDeclaredProperties(options: DeclaredLoadOptions): LoadedProperties;
/**
 * Builds the boundary scenario of a declared property. Copies keep the
 * template's time, and events of other tables and the template table's
 * other rows are dropped from the template table only.
 */
export declare function declaredScenario(property: DeclaredProperty): BoundaryScenario;
