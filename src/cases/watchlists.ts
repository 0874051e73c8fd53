import { InputError } from "../errors.js";
import type { Column, Table, Value } from "../kql/types.js";
import { parseDatetime } from "../kql/types.js";
import type { SourceRow, ValuePlace } from "./source-rows.js";

/** The workspace function that Sentinel rules read watchlists with. */
export const WATCHLIST_FUNCTION = "_GetWatchlist";

/**
 * The columns `_GetWatchlist` returns besides one per item field, with
 * the types of the Log Analytics `Watchlist` table
 * (https://learn.microsoft.com/azure/azure-monitor/reference/tables/watchlist).
 */
export const WATCHLIST_COLUMNS: readonly Column[] = [
  { name: "_DTItemId", type: "string" },
  { name: "LastUpdatedTimeUTC", type: "datetime" },
  { name: "SearchKey", type: "string" },
  { name: "WatchlistItem", type: "dynamic" },
];

const STANDARD_NAMES = new Set(WATCHLIST_COLUMNS.map((column) => column.name));

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
export function watchlistTableName(alias: string): string {
  return `Watchlist:${alias}`;
}

/** Returns the alias of a watchlist table, or undefined for another table. */
export function watchlistAliasOf(tableName: string): string | undefined {
  const prefix = watchlistTableName("");
  return tableName.startsWith(prefix) ? tableName.slice(prefix.length) : undefined;
}

/**
 * Builds the table `_GetWatchlist(alias)` returns: the standard columns,
 * then one `string` column per item field, because Sentinel stores the
 * fields of a watchlist uploaded as CSV as text. `WatchlistItem` is the
 * bag of the item's fields, `SearchKey` the value of the search key field,
 * `_DTItemId` a generated GUID and `LastUpdatedTimeUTC` the run time `at`
 * (datetime ticks), unless an item gives these columns itself.
 */
export function buildWatchlistTable(source: WatchlistSource, at: number): Table {
  const fields = fieldNames(source.items);
  const searchKey = source.searchKey ?? fields[0];
  if (searchKey !== undefined && !fields.includes(searchKey)) {
    throw new InputError(
      `search key '${searchKey}' of watchlist '${source.alias}' is not one of its fields`,
      { ...source.place, hint: `use one of ${fields.join(", ")}`, kind: "case" },
    );
  }

  const columns: Column[] = [
    ...WATCHLIST_COLUMNS,
    ...fields.map((name): Column => ({ name, type: "string" })),
  ];
  const rows = source.items.map((item, index) =>
    watchlistRow(item, { fields, searchKey, at, index, alias: source.alias }),
  );
  return { columns, rows };
}

function fieldNames(items: readonly SourceRow[]): string[] {
  const names: string[] = [];
  for (const item of items) {
    for (const name of Object.keys(item.values)) {
      if (!STANDARD_NAMES.has(name) && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

interface RowContext {
  readonly fields: readonly string[];
  readonly searchKey: string | undefined;
  readonly at: number;
  readonly index: number;
  readonly alias: string;
}

function watchlistRow(item: SourceRow, context: RowContext): Value[] {
  const values = context.fields.map((field) => fieldText(item.values[field]));
  const bag: Record<string, Value> = {};
  context.fields.forEach((field, i) => {
    if (field in item.values) bag[field] = values[i];
  });
  const searchKeyIndex = context.searchKey === undefined ? -1 : context.fields.indexOf(context.searchKey);

  return [
    givenText(item, "_DTItemId") ?? itemId(context.index),
    givenTime(item, context.alias) ?? context.at,
    givenText(item, "SearchKey") ?? (searchKeyIndex < 0 ? "" : values[searchKeyIndex]),
    bag,
    ...values,
  ];
}

/** Writes a field value as the text Sentinel would store. */
function fieldText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function givenText(item: SourceRow, column: string): string | undefined {
  return column in item.values ? fieldText(item.values[column]) : undefined;
}

function givenTime(item: SourceRow, alias: string): number | undefined {
  const text = givenText(item, "LastUpdatedTimeUTC");
  if (text === undefined) return undefined;

  const ticks = parseDatetime(text);
  if (ticks === null) {
    throw new InputError(
      `LastUpdatedTimeUTC '${text}' of watchlist '${alias}' is not a valid datetime`,
      {
        ...item.placeOf("LastUpdatedTimeUTC"),
        hint: "write it in ISO 8601 with Z, such as 2026-04-20T09:00:00Z",
        kind: "case",
      },
    );
  }
  return ticks;
}

/** Returns a GUID-shaped item id that stays the same from run to run. */
function itemId(index: number): string {
  const hex = (index + 1).toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}

/**
 * Writes the declaration body of `_GetWatchlist` for the given aliases:
 * the union of an empty table of the standard columns and, for each alias,
 * its watchlist table filtered on the alias argument. An alias with no
 * table therefore returns no rows and only the standard columns.
 *
 * NOTE: with several aliases, every call returns the union of their
 * columns, where Sentinel returns only the called watchlist's fields.
 */
export function watchlistFunction(aliases: readonly string[]): string {
  const standard = WATCHLIST_COLUMNS.map(
    (column) => `${column.name}: ${column.type}`,
  ).join(", ");
  const parts = [
    `(datatable(${standard})[])`,
    ...aliases.map(
      (alias) =>
        `(${quoteName(watchlistTableName(alias))} | where watchlistAlias == ${quoteString(alias)})`,
    ),
  ];
  return `(watchlistAlias: string) {\n  union\n    ${parts.join(",\n    ")}\n}`;
}

function quoteName(name: string): string {
  return `[${quoteString(name)}]`;
}

function quoteString(text: string): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

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
export function watchlistCalls(query: string): WatchlistCall[] {
  const code = blankComments(query);
  const calls = [...code.matchAll(/\b_GetWatchlist\s*\(([^)]*)\)/g)];
  return calls.map((call) => {
    const literal = /^\s*(?:@?'([^'\\]*)'|@?"([^"\\]*)")\s*$/.exec(call[1]);
    const start = call.index;
    return { alias: literal?.[1] ?? literal?.[2], start, end: start + call[0].length };
  });
}

/**
 * Finds the aliases a query passes to `_GetWatchlist` as string literals.
 * `dynamic` is true when some call passes anything else, such as a
 * variable, so the aliases it reads are unknown.
 */
export function calledWatchlists(query: string): {
  aliases: string[];
  dynamic: boolean;
} {
  const aliases: string[] = [];
  let dynamic = false;
  for (const { alias } of watchlistCalls(query)) {
    if (alias === undefined) dynamic = true;
    else if (!aliases.includes(alias)) aliases.push(alias);
  }
  return { aliases, dynamic };
}

/**
 * Replaces each `//` comment with spaces, keeping `//` inside string
 * literals, so offsets in the result are offsets in the query.
 */
function blankComments(query: string): string {
  let result = "";
  let quote = "";
  for (let i = 0; i < query.length; i++) {
    const char = query[i];
    if (quote && char === "\\") {
      result += query.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === "/" && query[i + 1] === "/") {
      const end = query.indexOf("\n", i);
      const stop = end < 0 ? query.length : end;
      result += " ".repeat(stop - i);
      i = stop - 1;
      continue;
    }
    result += char;
  }
  return result;
}
