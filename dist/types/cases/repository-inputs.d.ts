import { InputError } from "../errors.js";
import type { ExternalDataSource, GeoLocation } from "../kql/api.js";
import type { Table } from "../kql/types.js";
import type { CaseProblem, LoadedCases } from "./case-loader.js";
import type { WatchlistSource } from "./watchlists.js";
/** The repository file that maps `externaldata` URLs for every case. */
export declare const EXTERNAL_DATA_FILE = "externaldata.yaml";
/** The inputs a repository gives every case and declared property. */
export interface RepositoryInputs {
    /** The watchlists of the `watchlists/` folder. */
    readonly watchlists: readonly WatchlistSource[];
    /** The `externaldata` content of `externaldata.yaml`, by URL. */
    readonly externalData: Readonly<Record<string, ExternalDataSource>>;
    /** The locations of `geo_ip.yaml`, by canonical address or range. */
    readonly geoIp: Readonly<Record<string, GeoLocation>>;
    /** The errors in these files, each placed at its file and naming no rule. */
    readonly problems: readonly CaseProblem[];
    /**
     * The error of an invalid `externaldata.yaml` or `geo_ip.yaml`. A rule
     * that reads the file cannot be tested, so it gets this error instead of
     * case results.
     */
    readonly invalidFiles: InvalidRepositoryFiles;
}
export interface InvalidRepositoryFiles {
    readonly externalData?: InputError;
    readonly geoIp?: InputError;
}
/** The inputs of a golden case or a declared property that the repository adds to. */
export interface GivenInputs {
    readonly tables: Readonly<Record<string, Table>>;
    /** The run time, in datetime ticks. */
    readonly at: number;
    readonly externalData?: Readonly<Record<string, ExternalDataSource>>;
    readonly geoIp?: Readonly<Record<string, GeoLocation>>;
}
/**
 * Reads what the repository at `root` gives every case: the watchlists of
 * its `watchlists/` folder, the `externaldata` content of its
 * `externaldata.yaml` and the IP locations of its `geo_ip.yaml`. A missing
 * file gives nothing, and a bad file becomes a problem.
 */
export declare function readRepositoryInputs(root: string): RepositoryInputs;
/**
 * Adds the repository's inputs to loaded cases (see `withRepositoryInputs`),
 * with the problems of the repository's files.
 */
export declare function addRepositoryInputs(loaded: LoadedCases, repository: RepositoryInputs): LoadedCases;
/**
 * Returns a case or property with the repository's inputs added. Its own
 * watchlist, URL mapping or address entry wins over the repository's. A
 * watchlist that cannot be built for its run time is added to `problems`.
 */
export declare function withRepositoryInputs<Item extends GivenInputs>(item: Item, repository: RepositoryInputs, problems: CaseProblem[]): Item;
