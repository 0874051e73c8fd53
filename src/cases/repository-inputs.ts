import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors.js";
import type { ExternalDataSource } from "../kql/api.js";
import type { LoadedCases } from "./case-loader.js";
import { caseExternalData } from "./external-data.js";
import { addRepositoryWatchlists } from "./watchlist-setup.js";
import { errorAt, parseYamlSource, toPlainValue } from "./yaml-source.js";

/** The repository file that maps `externaldata` URLs for every case. */
export const EXTERNAL_DATA_FILE = "externaldata.yaml";

/**
 * Adds what the repository gives every case: the watchlists of its
 * `watchlists/` folder and the `externaldata` content of its
 * `externaldata.yaml`. A case's own watchlist or URL mapping wins. A bad
 * file becomes a problem that names no rule.
 */
export function addRepositoryInputs(loaded: LoadedCases, root: string): LoadedCases {
  return addRepositoryExternalData(addRepositoryWatchlists(loaded, root), root);
}

function addRepositoryExternalData(loaded: LoadedCases, root: string): LoadedCases {
  let given: Record<string, ExternalDataSource>;
  try {
    given = readExternalDataFile(root);
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    const problem = { name: EXTERNAL_DATA_FILE, file: error.file ?? EXTERNAL_DATA_FILE, line: error.line ?? 1, error };
    return { cases: loaded.cases, problems: [...loaded.problems, problem] };
  }
  if (Object.keys(given).length === 0) return loaded;

  const cases = loaded.cases.map((item) => ({
    ...item,
    externalData: { ...given, ...item.externalData },
  }));
  return { cases, problems: loaded.problems };
}

/**
 * Reads `externaldata.yaml` at the repository root: a map from URL to rows
 * by column name, or to `{file}`, a path from the repository root. A
 * missing file maps nothing.
 */
function readExternalDataFile(root: string): Record<string, ExternalDataSource> {
  const path = join(root, EXTERNAL_DATA_FILE);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error: unknown) {
    if ((error as { code?: unknown }).code === "ENOENT") return {};
    throw error;
  }

  const source = parseYamlSource(text, EXTERNAL_DATA_FILE);
  const value = toPlainValue(source);
  if (value === null || value === undefined) return {};
  const valid =
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.values(value).every(isMapping);
  if (!valid) {
    throw errorAt(source, [], `${EXTERNAL_DATA_FILE} must map each URL to rows or to { file: path }`, {
      hint: 'write, for example, "https://example.com/list.csv": { file: data/list.csv }',
    });
  }
  return caseExternalData(value, [], { root, caseSource: source, casePath: path });
}

function isMapping(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((row) => typeof row === "object" && row !== null);
  if (typeof value !== "object" || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && typeof (value as { file?: unknown }).file === "string";
}
