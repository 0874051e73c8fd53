import { InputError } from "../errors.js";
import type { GoldenCase, LoadedCases } from "./case-loader.js";
import { loadWatchlistFolder } from "./watchlist-sources.js";
import {
  buildWatchlistTable,
  calledWatchlists,
  WATCHLIST_FUNCTION,
  watchlistAliasOf,
  watchlistFunction,
  watchlistTableName,
} from "./watchlists.js";

/**
 * Adds the watchlists of the repository's `watchlists/` folder to every
 * case that does not give a watchlist of the same alias itself. A file
 * that cannot be read, and a watchlist that cannot be built for a case,
 * become problems that name no rule, so the run reports them once.
 */
export function addRepositoryWatchlists(loaded: LoadedCases, root: string): LoadedCases {
  const folder = loadWatchlistFolder(root);
  const problems = [...loaded.problems, ...folder.errors.map(folderProblem)];
  if (folder.watchlists.length === 0) return { cases: loaded.cases, problems };

  const cases = loaded.cases.map((item) => {
    const tables = { ...item.tables };
    for (const source of folder.watchlists) {
      const name = watchlistTableName(source.alias);
      if (name in tables) continue;
      try {
        tables[name] = buildWatchlistTable(source, item.at);
      } catch (error: unknown) {
        if (!(error instanceof InputError)) throw error;
        problems.push(folderProblem(error));
      }
    }
    return { ...item, tables };
  });
  return { cases, problems: dedupeProblems(problems) };
}

function folderProblem(error: InputError): LoadedCases["problems"][number] {
  return { name: "watchlists", file: error.file ?? "watchlists", line: error.line ?? 1, error };
}

function dedupeProblems(problems: LoadedCases["problems"]): LoadedCases["problems"] {
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
 */
export function watchlistSetup(
  query: string,
  cases: readonly GoldenCase[],
  rule: { file: string; line: number },
): WatchlistSetup {
  const called = calledWatchlists(query);
  const given = givenAliases(cases);
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

function givenAliases(cases: readonly GoldenCase[]): string[] {
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
