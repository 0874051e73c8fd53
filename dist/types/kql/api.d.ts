import type { Plan } from "./plan/types.js";
import type { Column, Table, Value } from "./types.js";
/**
 * The inputs a query compiles against: the columns of each table it
 * may reference, and the workspace functions it may call.
 */
export interface CompileOptions {
    /** Table name to its columns. */
    readonly tables: Readonly<Record<string, readonly Column[]>>;
    /**
     * Workspace functions by name, each as its KQL declaration body, the text
     * that would follow `let name = ` (for example `ZoomLogs_CL | extend ...`
     * for a tabular function with no parameters, or
     * `(name: string) { Watchlist | where Name == name }`).
     */
    readonly functions?: Readonly<Record<string, string>>;
}
/**
 * A table whose rows come from an iterable that is not an array, such as a
 * generator reading a file. The engine reads it at most once per
 * evaluation: row by row when the query reads the table once, outside any
 * per-row subquery, and otherwise into an array first.
 */
export interface TableStream {
    readonly columns: readonly Column[];
    readonly rows: Iterable<readonly Value[]>;
}
/** A table given to an evaluation: rows in an array, or a stream of rows. */
export type InputTable = Table | TableStream;
/** The inputs of one evaluation. */
export interface EvaluationInput {
    /** Table name to its rows. A referenced table that is missing here is empty. */
    readonly tables: Readonly<Record<string, InputTable>>;
    /** The value of `now()` for this run, in datetime ticks. */
    readonly now: number;
    /**
     * The content `externaldata` reads, by URL. The engine fetches nothing:
     * a URL missing here reads no rows.
     */
    readonly externalData?: Readonly<Record<string, ExternalDataSource>>;
    /**
     * Locates addresses for `geo_info_from_ip_address` in place of
     * Microsoft's geolocation database, which the engine does not have.
     * Without it, no address has a location. `createGeoIpLocator` builds one
     * from addresses and CIDR ranges.
     */
    readonly locateIp?: GeoIpLocator;
}
/**
 * The location of an IP address, with the fields and types of the bag
 * `geo_info_from_ip_address` returns. A field left out is missing from
 * the bag.
 */
export interface GeoLocation {
    readonly country?: string;
    /** The state or other subdivision of the country. */
    readonly state?: string;
    readonly city?: string;
    /** Degrees north, from -90 to 90. */
    readonly latitude?: number;
    /** Degrees east, from -180 to 180. */
    readonly longitude?: number;
}
/**
 * Returns the location of a valid IPv4 or IPv6 address (as written in the
 * query's data), or `undefined` when it has none.
 */
export type GeoIpLocator = (address: string) => GeoLocation | undefined;
/**
 * The content behind one `externaldata` URL: the text of the file it
 * names, parsed in the query's format, or rows given by column name.
 */
export type ExternalDataSource = {
    readonly text: string;
} | {
    readonly rows: readonly Readonly<Record<string, unknown>>[];
};
/**
 * A query parsed, analysed and compiled once, to be evaluated many times
 * (every case and every fuzz run of a rule).
 */
export interface CompiledQuery {
    readonly text: string;
    /** The result columns, as Kusto.Language infers them. */
    readonly resultColumns: readonly Column[];
    /** Names of the tables the query reads, in order of first reference. */
    readonly tablesReferenced: readonly string[];
    /**
     * The lowered plan: each node keeps its offset in the query text, column
     * names, and the `let` constants with their values (for the fuzzer).
     */
    readonly plan: Plan;
    evaluate(input: EvaluationInput): Table;
}
