import { InputError } from "../errors.js";
import type { Table } from "../kql/types.js";
import type { CaseProblem, GoldenCase } from "./case-loader.js";
import { type WatchlistSource } from "./watchlists.js";
/**
 * Returns a case's or property's tables with each watchlist of the
 * repository's `watchlists/` folder added, unless the tables give a
 * watchlist of the same alias. `at` is the run time in datetime ticks. A
 * watchlist that cannot be built becomes a problem that names no rule, so
 * the run reports it once.
 */
export declare function addFolderWatchlists(tables: Readonly<Record<string, Table>>, watchlists: readonly WatchlistSource[], at: number, problems: CaseProblem[]): Record<string, Table>;
/** Turns an error in the `watchlists/` folder into a problem that names no rule. */
export declare function folderProblem(error: InputError): CaseProblem;
/** Drops the problems reported more than once at the same place. */
export declare function dedupeProblems(problems: readonly CaseProblem[]): CaseProblem[];
/** The `_GetWatchlist` function a rule compiles with, and what to warn about. */
export interface WatchlistSetup {
    /**
     * `_GetWatchlist` over the watchlists the rule's cases give, or nothing
     * when they give none, so the loaded function (the shipped empty one, or
     * the repository's own) stays.
     */
    readonly functions: Record<string, string>;
    readonly warnings: InputError[];
}
/**
 * Prepares `_GetWatchlist` for one rule. The function reads the
 * watchlists the query calls by a literal alias (all the cases' watchlists
 * when some call passes anything else). For each alias the query calls, it
 * warns at the rule when no case gives that watchlist, and otherwise at
 * each case that does not, since `_GetWatchlist` then returns no rows.
 * The watchlists of declared properties are read too, without warnings.
 */
export declare function watchlistSetup(query: string, cases: readonly GoldenCase[], rule: {
    file: string;
    line: number;
}, properties?: readonly {
    tables: Readonly<Record<string, Table>>;
}[]): WatchlistSetup;
