import {
  WATCHLIST_COLUMNS,
  WATCHLIST_FUNCTION,
  watchlistCalls,
  watchlistFunction,
  watchlistTableName,
  type WatchlistCall,
} from "../cases/watchlists.js";
import { analyzeQuery, schemaText } from "../kql/analyze.js";
import type { CompileOptions } from "../kql/api.js";
import type { Column } from "../kql/types.js";

/** The item columns inferred for one watchlist a query reads. */
export interface InferredWatchlist {
  readonly alias: string;
  /** Item columns, all `string`, in the order they were found. */
  readonly columns: readonly string[];
}

/** A query's watchlists, and the options that declare them. */
export interface WatchlistInference {
  /** Watchlists with at least one inferred column, in call order. */
  readonly watchlists: readonly InferredWatchlist[];
  /**
   * The given options plus a `Watchlist:<alias>` table per alias the query
   * passes as a literal, and `_GetWatchlist` over those tables. The options
   * are returned unchanged when the query passes no literal alias.
   */
  readonly options: CompileOptions;
}

/**
 * The maximum number of analysis rounds. A later round finds the columns
 * that are reported only once earlier ones are declared.
 */
const MAX_ROUNDS = 4;

/** Kusto.Language's messages, as the engine words them, for a missing column. */
const MISSING_COLUMN = [
  /^unknown column '(.*)'$/,
  /^the column '(.*)' must exist on both sides of the join$/,
];

type Declared = ReadonlyMap<string, readonly string[]>;

/**
 * Infers the item columns of the watchlists a query reads with
 * `_GetWatchlist('alias')`. In Sentinel these columns come from the file a
 * user uploads, so the rule alone does not give them.
 *
 * Each round analyses the query with every literal call replaced by a
 * function of its own alias, collects the columns Kusto.Language reports
 * missing, and declares each of them as `string` on every watchlist whose
 * declaration removes some of those reports. A name that no watchlist
 * resolves is a genuine error and is never declared, so the query still
 * fails on it.
 */
export function inferWatchlists(
  query: string,
  options: CompileOptions,
): WatchlistInference {
  const calls = watchlistCalls(query).filter((call) => call.alias !== undefined);
  const aliases = [...new Set(calls.map((call) => call.alias as string))];
  if (aliases.length === 0) return { watchlists: [], options };

  const text = renameCalls(query, calls, aliases);
  const declared = new Map(aliases.map((alias) => [alias, [] as string[]]));
  const rejected = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const missing = missingColumns(text, options, declared);
    const candidates = [...missing.keys()].filter((name) => !rejected.has(name));
    if (candidates.length === 0) break;

    const resolved = declareResolving(text, options, declared, {
      missing,
      candidates,
    });
    for (const name of candidates) if (!resolved.has(name)) rejected.add(name);
  }

  const watchlists = aliases
    .map((alias) => ({ alias, columns: declared.get(alias) ?? [] }))
    .filter((watchlist) => watchlist.columns.length > 0);
  return { watchlists, options: watchlistOptions(options, declared) };
}

/** Formats an inferred watchlist as `watchlist <alias>: A, B`. */
export function describeInferred(watchlist: InferredWatchlist): string {
  return `watchlist ${watchlist.alias}: ${watchlist.columns.join(", ")}`;
}

/**
 * Tries the candidates on each watchlist in turn, adds each to the
 * watchlists where it removes some reports, and returns the names resolved.
 */
function declareResolving(
  text: string,
  options: CompileOptions,
  declared: Map<string, string[]>,
  trial: { missing: Map<string, number>; candidates: readonly string[] },
): Set<string> {
  const { missing: before, candidates } = trial;
  const found = new Map<string, string[]>();
  for (const alias of declared.keys()) {
    const widened = new Map(declared);
    widened.set(alias, [...(declared.get(alias) ?? []), ...candidates]);
    const after = missingColumns(text, options, widened);
    found.set(
      alias,
      candidates.filter((name) => (after.get(name) ?? 0) < (before.get(name) ?? 0)),
    );
  }

  const resolved = new Set<string>();
  for (const [alias, names] of found) {
    declared.get(alias)?.push(...names);
    names.forEach((name) => resolved.add(name));
  }
  return resolved;
}

/**
 * Replaces each call by a call of a function of its own alias, padded to
 * the same length, so each call gets its own watchlist's columns and
 * offsets in the text stay those of the query.
 */
function renameCalls(
  query: string,
  calls: readonly WatchlistCall[],
  aliases: readonly string[],
): string {
  let text = query;
  for (const call of calls) {
    const name = aliasFunctionName(aliases.indexOf(call.alias as string));
    const width = call.end - call.start - name.length - 2;
    if (width < 0) continue;
    const replacement = `${name}(${" ".repeat(width)})`;
    text = text.slice(0, call.start) + replacement + text.slice(call.end);
  }
  return text;
}

/** Names the function that stands for one alias; shorter than any call. */
function aliasFunctionName(index: number): string {
  return `__watchlist${index}`;
}

/** Counts Kusto.Language's reports of each missing column. */
function missingColumns(
  text: string,
  options: CompileOptions,
  declared: Declared,
): Map<string, number> {
  const functions: Record<string, string> = { ...options.functions };
  [...declared.values()].forEach((columns, index) => {
    functions[aliasFunctionName(index)] = `datatable${schemaText(itemColumns(columns))}[]`;
  });

  const counts = new Map<string, number>();
  for (const error of analyzeQuery(text, { ...options, functions }).errors) {
    const name = missingColumnName(error.message);
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

function missingColumnName(message: string): string | undefined {
  for (const pattern of MISSING_COLUMN) {
    const name = pattern.exec(message)?.[1];
    if (name !== undefined) return name;
  }
  return undefined;
}

function itemColumns(names: readonly string[]): Column[] {
  const items = names.map((name): Column => ({ name, type: "string" }));
  return [...WATCHLIST_COLUMNS, ...items];
}

/** Declares each watchlist as a table, and `_GetWatchlist` over them. */
function watchlistOptions(options: CompileOptions, declared: Declared): CompileOptions {
  const tables = { ...options.tables };
  for (const [alias, columns] of declared) {
    tables[watchlistTableName(alias)] = itemColumns(columns);
  }
  const body = watchlistFunction([...declared.keys()]);
  return { tables, functions: { ...options.functions, [WATCHLIST_FUNCTION]: body } };
}
