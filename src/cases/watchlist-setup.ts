import { InputError } from "../errors.js";
import type { Table } from "../kql/types.js";
import type { CaseProblem, GoldenCase } from "./case-loader.js";
import {
  buildWatchlistTable,
  calledWatchlists,
  WATCHLIST_FUNCTION,
  watchlistAliasOf,
  watchlistFunction,
  watchlistTableName,
  type WatchlistSource,
} from "./watchlists.js";

/**
 * Returns a case's or property's tables with each watchlist of the
 * repository's `watchlists/` folder added, unless the tables give a
 * watchlist of the same alias. `at` is the run time in datetime ticks. A
 * watchlist that cannot be built becomes a problem that names no rule, so
 * the run reports it once.
 */
export function addFolderWatchlists(
  tables: Readonly<Record<string, Table>>,
  watchlists: readonly WatchlistSource[],
  at: number,
  problems: CaseProblem[],
): Record<string, Table> {
  const result = { ...tables };
  for (const source of watchlists) {
    const name = watchlistTableName(source.alias);
    if (name in result) continue;
    try {
      result[name] = buildWatchlistTable(source, at);
    } catch (error: unknown) {
      if (!(error instanceof InputError)) throw error;
      problems.push(folderProblem(error));
    }
  }
  return result;
}

/** Turns an error in the `watchlists/` folder into a problem that names no rule. */
export function folderProblem(error: InputError): CaseProblem {
  return { name: "watchlists", file: error.file ?? "watchlists", line: error.line ?? 1, error };
}

/** Drops the problems reported more than once at the same place. */
export function dedupeProblems(problems: readonly CaseProblem[]): CaseProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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
export function watchlistSetup(
  query: string,
  cases: readonly GoldenCase[],
  rule: { file: string; line: number },
  properties: readonly { tables: Readonly<Record<string, Table>> }[] = [],
): WatchlistSetup {
  const called = calledWatchlists(query);
  const given = givenAliases([...cases, ...properties]);
  const read = called.dynamic ? given : called.aliases.filter((alias) => given.includes(alias));
  const functions: Record<string, string> =
    read.length > 0 ? { [WATCHLIST_FUNCTION]: watchlistFunction(read) } : {};

  const warnings: InputError[] = [];
  if (cases.length === 0) return { functions, warnings };
  for (const alias of called.aliases) {
    const lacking = cases.filter((item) => !(watchlistTableName(alias) in item.tables));
    if (lacking.length === cases.length) {
      warnings.push(missingWatchlist(alias, rule, "no case gives watchlist"));
      continue;
    }
    for (const item of lacking) {
      warnings.push(missingWatchlist(alias, item, "this case does not give watchlist"));
    }
  }
  return { functions, warnings };
}

function givenAliases(cases: readonly { tables: Readonly<Record<string, Table>> }[]): string[] {
  const aliases = new Set<string>();
  for (const item of cases) {
    for (const name of Object.keys(item.tables)) {
      const alias = watchlistAliasOf(name);
      if (alias !== undefined) aliases.add(alias);
    }
  }
  return [...aliases].sort();
}

function missingWatchlist(
  alias: string,
  place: { file: string; line: number },
  reason: string,
): InputError {
  return new InputError(
    `${reason} '${alias}', so ${WATCHLIST_FUNCTION}('${alias}') returns no rows`,
    {
      file: place.file,
      line: place.line,
      hint: `give its items under watchlists: ${alias}: in the case, or in watchlists/${alias}.csv`,
      kind: "warning",
    },
  );
}
