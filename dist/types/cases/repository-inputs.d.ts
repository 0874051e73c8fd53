import type { LoadedCases } from "./case-loader.js";
/** The repository file that maps `externaldata` URLs for every case. */
export declare const EXTERNAL_DATA_FILE = "externaldata.yaml";
/**
 * Adds what the repository gives every case: the watchlists of its
 * `watchlists/` folder and the `externaldata` content of its
 * `externaldata.yaml`. A case's own watchlist or URL mapping wins. A bad
 * file becomes a problem that names no rule.
 */
export declare function addRepositoryInputs(loaded: LoadedCases, root: string): LoadedCases;
