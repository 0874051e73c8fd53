import { InputError } from "../errors.js";
import { type Column, type Table } from "../kql/types.js";
import type { ExternalDataSource, GeoLocation } from "../kql/api.js";
import { type EventFileContext } from "./event-files.js";
import { type YamlPath } from "./yaml-source.js";
/** The rule a case names, by its file (from the root) or its id. */
export interface RuleKey {
    readonly id: string;
    /** The rule file, relative to the repository root, with `/` separators. */
    readonly file: string;
}
/** One expected alert; only the fields given are compared. */
export interface ExpectedAlert {
    readonly columns?: Readonly<Record<string, unknown>>;
    /** The alert's complete entity list, compared order-insensitively. */
    readonly entities?: readonly Readonly<Record<string, unknown>>[];
    readonly customDetails?: Readonly<Record<string, unknown>>;
    readonly name?: string;
    readonly description?: string;
    readonly severity?: string;
    readonly tactics?: readonly string[];
    /** Line of the expectation in the case file. */
    readonly line: number;
    /** Line of each key under `columns`, by column name. */
    readonly columnLines?: Readonly<Record<string, number>>;
}
export interface CaseExpectation {
    readonly triggered?: boolean;
    readonly alerts?: readonly ExpectedAlert[];
    /** The exact result table, column to value per row. */
    readonly rows?: readonly Readonly<Record<string, unknown>>[];
    /** Line of each item of `rows` in the case file. */
    readonly rowLines?: readonly number[];
    /** Line of the `expect:` key in the case file. */
    readonly line?: number;
}
/** A golden test case, loaded and checked, with typed tables. */
export interface GoldenCase {
    readonly name: string;
    /** The case file, relative to the repository root. */
    readonly file: string;
    readonly line: number;
    readonly rule: RuleKey;
    /** When the scheduled run happens, in datetime ticks. */
    readonly at: number;
    /** Tables by name, with each watchlist as the table `watchlistTableName` names. */
    readonly tables: Readonly<Record<string, Table>>;
    /** The content `externaldata` reads instead of each URL. */
    readonly externalData?: Readonly<Record<string, ExternalDataSource>>;
    /**
     * The locations `geo_info_from_ip_address` returns, by IP address or
     * CIDR range, in place of Microsoft's geolocation database.
     */
    readonly geoIp?: Readonly<Record<string, GeoLocation>>;
    readonly expect: CaseExpectation;
    /** The reason the case is expected to fail, when it documents a rule's defect. */
    readonly xfail?: string;
    readonly warnings: readonly InputError[];
}
/** A case (or a whole case file) that could not be loaded. */
export interface CaseProblem {
    readonly name: string;
    readonly file: string;
    readonly line: number;
    /** The rule the case names, when it names a known one. */
    readonly rule?: RuleKey;
    readonly error: InputError;
}
export interface LoadedCases {
    readonly cases: GoldenCase[];
    readonly problems: CaseProblem[];
}
export interface CaseLoadOptions {
    /** The repository root; rule paths and event files resolve against it. */
    readonly root: string;
    /** The folder searched for case files, or one case file; absolute or relative to `root`. */
    readonly casesDir: string;
    /** Known table schemas by table name. */
    readonly schemas: Readonly<Record<string, readonly Column[]>>;
    /** The rules that cases may name. */
    readonly rules: readonly RuleKey[];
}
/**
 * Loads every golden case under `casesDir`: each `.yaml`/`.yml` file
 * contains one case or a list of cases. YAML files that a case references as an
 * event file are not case files. Documents with `property:` are declared
 * properties, which `loadDeclaredProperties` loads and checks, so they are
 * skipped here. A file or case that cannot be loaded becomes a
 * `CaseProblem` and never stops the others from loading.
 */
export declare function loadCases(options: CaseLoadOptions): LoadedCases;
/** Lists the YAML files under a folder, or returns a single given file. */
export declare function listYamlFiles(folder: string): string[];
/** The load options of one case file, with the file itself. */
export interface FileContext extends CaseLoadOptions, EventFileContext {
}
/** Finds the rule a case names by file path (from the root) or by id. */
export declare function findRule(reference: unknown, rules: readonly RuleKey[], root: string): RuleKey | undefined;
export interface BuiltTables {
    tables: Record<string, Table>;
    warnings: InputError[];
}
/**
 * Builds the typed tables of a case's `tables:` (inline events or event
 * files) and `zoom_webhooks:`, which the schema has checked.
 */
export declare function buildCaseTables(raw: Record<string, unknown>, prefix: YamlPath, context: FileContext): BuiltTables;
