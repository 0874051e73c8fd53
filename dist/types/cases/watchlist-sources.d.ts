import { InputError } from "../errors.js";
import type { Table } from "../kql/types.js";
import { type EventFileContext } from "./event-files.js";
import { type WatchlistSource } from "./watchlists.js";
import { type YamlPath } from "./yaml-source.js";
/**
 * Builds the watchlist tables of a case's `watchlists:` map, which the
 * case schema has checked. Each alias maps to a list of items, to
 * `{items, searchKey}`, or to `{file, searchKey}` where the file (relative
 * to the case file) contains the items as CSV, JSON, NDJSON or YAML.
 * `at` is the case's run time in datetime ticks.
 */
export declare function caseWatchlistTables(spec: unknown, path: YamlPath, context: EventFileContext, at: number): Record<string, Table>;
/** The watchlists of a repository folder, and the files that failed. */
export interface WatchlistFolder {
    readonly watchlists: WatchlistSource[];
    readonly errors: InputError[];
}
/**
 * Reads `watchlists/<alias>.csv|.json|.yaml|.yml` under the repository
 * root. A CSV file has a header row and one item per record, and its first
 * column is the search key. A JSON or YAML file contains a list of items, or
 * `{searchKey, items}`. A missing folder gives no watchlists; a bad file
 * gives an error and is skipped.
 */
export declare function loadWatchlistFolder(root: string, folder?: string): WatchlistFolder;
