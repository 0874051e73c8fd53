import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join, relative, sep } from "node:path";
import { InputError } from "../errors.js";
import type { Table } from "../kql/types.js";
import { readCsv, readEventFile, type EventFileContext } from "./event-files.js";
import { rowsFromYaml } from "./source-rows.js";
import {
  buildWatchlistTable,
  watchlistTableName,
  type WatchlistSource,
} from "./watchlists.js";
import {
  parseYamlSource,
  placeOfKey,
  sourceLine,
  toPlainValue,
  type YamlPath,
} from "./yaml-source.js";

/**
 * Builds the watchlist tables of a case's `watchlists:` map, which the
 * case schema has checked. Each alias maps to a list of items, to
 * `{items, searchKey}`, or to `{file, searchKey}` where the file (relative
 * to the case file) contains the items as CSV, JSON, NDJSON or YAML.
 * `at` is the case's run time in datetime ticks.
 */
export function caseWatchlistTables(
  spec: unknown,
  path: YamlPath,
  context: EventFileContext,
  at: number,
): Record<string, Table> {
  const tables: Record<string, Table> = {};
  if (!isRecord(spec)) return tables;

  for (const [alias, value] of Object.entries(spec)) {
    const source = caseWatchlist(alias, value, [...path, alias], context);
    tables[watchlistTableName(alias)] = buildWatchlistTable(source, at);
  }
  return tables;
}

function caseWatchlist(
  alias: string,
  value: unknown,
  path: YamlPath,
  context: EventFileContext,
): WatchlistSource {
  const source = context.caseSource;
  const keyPlace = placeOfKey(source, path);
  const place = { ...keyPlace, sourceLine: sourceLine(source, keyPlace.line) };
  if (Array.isArray(value)) {
    return { alias, items: rowsFromYaml(source, path, value), place };
  }

  const spec = value as { items?: unknown[]; file?: string; searchKey?: string };
  const items =
    spec.file === undefined
      ? rowsFromYaml(source, [...path, "items"], spec.items ?? [])
      : readEventFile(context, path, spec.file);
  return { alias, items, searchKey: spec.searchKey, place };
}

/** The watchlists of a repository folder, and the files that failed. */
export interface WatchlistFolder {
  readonly watchlists: WatchlistSource[];
  readonly errors: InputError[];
}

const WATCHLIST_FILES = [".csv", ".json", ".yaml", ".yml"];

/**
 * Reads `watchlists/<alias>.csv|.json|.yaml|.yml` under the repository
 * root. A CSV file has a header row and one item per record, and its first
 * column is the search key. A JSON or YAML file contains a list of items, or
 * `{searchKey, items}`. A missing folder gives no watchlists; a bad file
 * gives an error and is skipped.
 */
export function loadWatchlistFolder(root: string, folder = "watchlists"): WatchlistFolder {
  const result: WatchlistFolder = { watchlists: [], errors: [] };
  let names: string[];
  try {
    names = readdirSync(join(root, folder)).sort();
  } catch (error: unknown) {
    if ((error as { code?: unknown }).code === "ENOENT") return result;
    throw error;
  }

  for (const name of names.filter((entry) => WATCHLIST_FILES.includes(extname(entry).toLowerCase()))) {
    const path = join(root, folder, name);
    const file = relative(root, path).split(sep).join("/");
    try {
      result.watchlists.push(readWatchlistFile(path, file));
    } catch (error: unknown) {
      if (!(error instanceof InputError)) throw error;
      result.errors.push(error);
    }
  }
  return result;
}

function readWatchlistFile(path: string, file: string): WatchlistSource {
  const alias = basename(path, extname(path));
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const place = { file, line: 1, column: 1 };
  if (extname(path).toLowerCase() === ".csv") {
    return { alias, items: readCsv(file, text), place };
  }

  const source = parseYamlSource(text, file);
  const value = toPlainValue(source);
  if (Array.isArray(value) && value.every(isRecord)) {
    return { alias, items: rowsFromYaml(source, [], value), place };
  }
  if (isRecord(value) && Array.isArray(value.items) && value.items.every(isRecord)) {
    const searchKey = typeof value.searchKey === "string" ? value.searchKey : undefined;
    return { alias, items: rowsFromYaml(source, ["items"], value.items), searchKey, place };
  }
  throw new InputError(`watchlist file '${file}' must hold a list of items or {searchKey, items}`, {
    ...place,
    hint: "write one map per item, such as - { UserPrincipalName: user1@example.com }",
    kind: "case",
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
