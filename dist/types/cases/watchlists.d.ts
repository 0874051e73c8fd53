import type { Column, Table } from "../kql/types.js";
import type { SourceRow, ValuePlace } from "./source-rows.js";
/** The workspace function that Sentinel rules read watchlists with. */
export declare const WATCHLIST_FUNCTION = "_GetWatchlist";
/**
 * The columns `_GetWatchlist` returns besides one per item field, with
 * the types of the Log Analytics `Watchlist` table
 * (https://learn.microsoft.com/azure/azure-monitor/reference/tables/watchlist).
 */
export declare const WATCHLIST_COLUMNS: readonly Column[];
/** The items of one watchlist, as a case or a repository file gives them. */
export interface WatchlistSource {
    readonly alias: string;
    readonly items: readonly SourceRow[];
    /** The item field that `SearchKey` copies; by default the first field. */
    readonly searchKey?: string;
    /** The place that gives the watchlist, for errors that name no item. */
    readonly place: ValuePlace;
}
/**
 * Returns the name of the table that contains a watchlist's items while a
 * rule runs. `_GetWatchlist` reads it (see `watchlistFunction`).
 */
export declare function watchlistTableName(alias: string): string;
/** Returns the alias of a watchlist table, or undefined for another table. */
export declare function watchlistAliasOf(tableName: string): string | undefined;
/**
 * Builds the table `_GetWatchlist(alias)` returns: the standard columns,
 * then one `string` column per item field, because Sentinel stores the
 * fields of a watchlist uploaded as CSV as text. `WatchlistItem` is the
 * bag of the item's fields, `SearchKey` the value of the search key field,
 * `_DTItemId` a generated GUID and `LastUpdatedTimeUTC` the run time `at`
 * (datetime ticks), unless an item gives these columns itself.
 */
export declare function buildWatchlistTable(source: WatchlistSource, at: number): Table;
/**
 * Writes the declaration body of `_GetWatchlist` for the given aliases:
 * the union of an empty table of the standard columns and, for each alias,
 * its watchlist table filtered on the alias argument. An alias with no
 * table therefore returns no rows and only the standard columns.
 *
 * NOTE: with several aliases, every call returns the union of their
 * columns, where Sentinel returns only the called watchlist's fields.
 */
export declare function watchlistFunction(aliases: readonly string[]): string;
/** A call of `_GetWatchlist` in a query, with its place in the text. */
export interface WatchlistCall {
    /** The alias the call passes as a string literal; undefined for another argument. */
    readonly alias: string | undefined;
    /** Offset of the call's first character in the query. */
    readonly start: number;
    /** Offset just after the call's closing parenthesis. */
    readonly end: number;
}
/**
 * Finds the `_GetWatchlist` calls of a query outside `//` comments, in text
 * order. A call whose argument is not a plain string literal (a variable,
 * an expression) has no alias.
 */
export declare function watchlistCalls(query: string): WatchlistCall[];
/**
 * Finds the aliases a query passes to `_GetWatchlist` as string literals.
 * `dynamic` is true when some call passes anything else, such as a
 * variable, so the aliases it reads are unknown.
 */
export declare function calledWatchlists(query: string): {
    aliases: string[];
    dynamic: boolean;
};
