import { InputError } from "../errors.js";
import type { GoldenCase, LoadedCases } from "./case-loader.js";
/**
 * Adds the watchlists of the repository's `watchlists/` folder to every
 * case that does not give a watchlist of the same alias itself. A file
 * that cannot be read, and a watchlist that cannot be built for a case,
 * become problems that name no rule, so the run reports them once.
 */
export declare function addRepositoryWatchlists(loaded: LoadedCases, root: string): LoadedCases;
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
 */
export declare function watchlistSetup(query: string, cases: readonly GoldenCase[], rule: {
    file: string;
    line: number;
}): WatchlistSetup;
