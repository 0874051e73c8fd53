import type { LoadedCases } from "./case-loader.js";
/** The repository file that maps `externaldata` URLs for every case. */
export declare const EXTERNAL_DATA_FILE = "externaldata.yaml";
/**
 * Adds what the repository gives every case: the watchlists of its
 * `watchlists/` folder, the `externaldata` content of its
 * `externaldata.yaml` and the IP locations of its `geo_ip.yaml`. A case's
 * own watchlist, URL mapping or address entry wins. A bad file becomes a
 * problem that names no rule.
 */
export declare function addRepositoryInputs(loaded: LoadedCases, root: string): LoadedCases;
