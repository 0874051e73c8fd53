import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors.js";
import type { ExternalDataSource, GeoLocation } from "../kql/api.js";
import type { Table } from "../kql/types.js";
import type { CaseProblem, LoadedCases } from "./case-loader.js";
import { checkGeoIp } from "./case-schema.js";
import { caseExternalData } from "./external-data.js";
import { GEO_IP_FILE, readGeoIp } from "./geo-ip.js";
import { addFolderWatchlists, dedupeProblems, folderProblem } from "./watchlist-setup.js";
import { loadWatchlistFolder } from "./watchlist-sources.js";
import type { WatchlistSource } from "./watchlists.js";
import { errorAt, parseYamlSource, toPlainValue, type YamlSource } from "./yaml-source.js";

/** The repository file that maps `externaldata` URLs for every case. */
export const EXTERNAL_DATA_FILE = "externaldata.yaml";

/** The inputs a repository gives every case and declared property. */
export interface RepositoryInputs {
  /** The watchlists of the `watchlists/` folder. */
  readonly watchlists: readonly WatchlistSource[];
  /** The `externaldata` content of `externaldata.yaml`, by URL. */
  readonly externalData: Readonly<Record<string, ExternalDataSource>>;
  /** The locations of `geo_ip.yaml`, by canonical address or range. */
  readonly geoIp: Readonly<Record<string, GeoLocation>>;
  /** The errors in these files, each placed at its file and naming no rule. */
  readonly problems: readonly CaseProblem[];
  /**
   * The error of an invalid `externaldata.yaml` or `geo_ip.yaml`. A rule
   * that reads the file cannot be tested, so it gets this error instead of
   * case results.
   */
  readonly invalidFiles: InvalidRepositoryFiles;
}

export interface InvalidRepositoryFiles {
  readonly externalData?: InputError;
  readonly geoIp?: InputError;
}

/** The inputs of a golden case or a declared property that the repository adds to. */
export interface GivenInputs {
  readonly tables: Readonly<Record<string, Table>>;
  /** The run time, in datetime ticks. */
  readonly at: number;
  readonly externalData?: Readonly<Record<string, ExternalDataSource>>;
  readonly geoIp?: Readonly<Record<string, GeoLocation>>;
}

/**
 * Reads what the repository at `root` gives every case: the watchlists of
 * its `watchlists/` folder, the `externaldata` content of its
 * `externaldata.yaml` and the IP locations of its `geo_ip.yaml`. A missing
 * file gives nothing, and a bad file becomes a problem.
 */
export function readRepositoryInputs(root: string): RepositoryInputs {
  const folder = loadWatchlistFolder(root);
  const problems = folder.errors.map(folderProblem);
  const externalData = readOrProblem(() => readExternalDataFile(root), EXTERNAL_DATA_FILE, problems);
  const geoIp = readOrProblem(() => readGeoIpFile(root), GEO_IP_FILE, problems);
  return {
    watchlists: folder.watchlists,
    externalData: externalData.value,
    geoIp: geoIp.value,
    problems,
    invalidFiles: { externalData: externalData.error, geoIp: geoIp.error },
  };
}

/**
 * Adds the repository's inputs to loaded cases (see `withRepositoryInputs`),
 * with the problems of the repository's files.
 */
export function addRepositoryInputs(loaded: LoadedCases, repository: RepositoryInputs): LoadedCases {
  const problems = [...loaded.problems, ...repository.problems];
  const cases = loaded.cases.map((item) => withRepositoryInputs(item, repository, problems));
  return { cases, problems: dedupeProblems(problems) };
}

/**
 * Returns a case or property with the repository's inputs added. Its own
 * watchlist, URL mapping or address entry wins over the repository's. A
 * watchlist that cannot be built for its run time is added to `problems`.
 */
export function withRepositoryInputs<Item extends GivenInputs>(
  item: Item,
  repository: RepositoryInputs,
  problems: CaseProblem[],
): Item {
  const tables = addFolderWatchlists(item.tables, repository.watchlists, item.at, problems);
  const externalData = mergeMaps(repository.externalData, item.externalData);
  const geoIp = mergeMaps(repository.geoIp, item.geoIp);
  return { ...item, tables, externalData, geoIp };
}

function mergeMaps<Value>(
  shared: Readonly<Record<string, Value>>,
  own: Readonly<Record<string, Value>> | undefined,
): Readonly<Record<string, Value>> | undefined {
  if (Object.keys(shared).length === 0) return own;
  return { ...shared, ...own };
}

function readOrProblem<Value>(
  read: () => Record<string, Value>,
  name: string,
  problems: CaseProblem[],
): { value: Record<string, Value>; error?: InputError } {
  try {
    return { value: read() };
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    problems.push({ name, file: error.file ?? name, line: error.line ?? 1, error });
    return { value: {}, error };
  }
}

/**
 * Reads `externaldata.yaml` at the repository root: a map from URL to rows
 * by column name, or to `{file}`, a path from the repository root. A
 * missing file maps nothing.
 */
function readExternalDataFile(root: string): Record<string, ExternalDataSource> {
  const source = readRootYaml(root, EXTERNAL_DATA_FILE);
  const value = source && toPlainValue(source);
  if (!source || value === null || value === undefined) return {};

  const valid =
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.values(value).every(isMapping);
  if (!valid) {
    throw errorAt(source, [], `${EXTERNAL_DATA_FILE} must map each URL to rows or to { file: path }`, {
      hint: 'write, for example, "https://example.com/list.csv": { file: data/list.csv }',
    });
  }
  const casePath = join(root, EXTERNAL_DATA_FILE);
  return caseExternalData(value, [], { root, caseSource: source, casePath });
}

const GEO_IP_HINT =
  'map each IP address or CIDR range to a location, such as "198.51.100.0/24": { country: Australia, city: Sydney, latitude: -33.8715, longitude: 151.2006 }';

/**
 * Reads `geo_ip.yaml` at the repository root: the map a case gives under
 * `geo_ip:`, for every case. A missing file maps nothing.
 */
function readGeoIpFile(root: string): Record<string, GeoLocation> {
  const source = readRootYaml(root, GEO_IP_FILE);
  const value = source && toPlainValue(source);
  if (!source || value === null || value === undefined) return {};

  if (typeof value !== "object" || Array.isArray(value)) {
    const message = `${GEO_IP_FILE} must be a map from address or CIDR range to location`;
    throw errorAt(source, [], message, { hint: GEO_IP_HINT });
  }
  const [violation] = checkGeoIp(value);
  if (violation) {
    throw errorAt(source, violation.path, `invalid ${GEO_IP_FILE}: ${violation.message}`, {
      hint: GEO_IP_HINT,
      atKey: violation.key !== undefined,
    });
  }
  return readGeoIp(value, [], source) ?? {};
}

/** Parses a YAML file at the repository root, or returns `undefined` when it is missing. */
function readRootYaml(root: string, name: string): YamlSource | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, name), "utf8");
  } catch (error: unknown) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
  return parseYamlSource(text, name);
}

function isMapping(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((row) => typeof row === "object" && row !== null);
  if (typeof value !== "object" || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && typeof (value as { file?: unknown }).file === "string";
}
