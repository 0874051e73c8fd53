import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors.js";
import type { ExternalDataSource, GeoLocation } from "../kql/api.js";
import type { LoadedCases } from "./case-loader.js";
import { checkGeoIp } from "./case-schema.js";
import { caseExternalData } from "./external-data.js";
import { GEO_IP_FILE, readGeoIp } from "./geo-ip.js";
import { addRepositoryWatchlists } from "./watchlist-setup.js";
import { errorAt, parseYamlSource, toPlainValue, type YamlSource } from "./yaml-source.js";

/** The repository file that maps `externaldata` URLs for every case. */
export const EXTERNAL_DATA_FILE = "externaldata.yaml";

/**
 * Adds what the repository gives every case: the watchlists of its
 * `watchlists/` folder, the `externaldata` content of its
 * `externaldata.yaml` and the IP locations of its `geo_ip.yaml`. A case's
 * own watchlist, URL mapping or address entry wins. A bad file becomes a
 * problem that names no rule.
 */
export function addRepositoryInputs(loaded: LoadedCases, root: string): LoadedCases {
  const withWatchlists = addRepositoryWatchlists(loaded, root);
  return addRepositoryGeoIp(addRepositoryExternalData(withWatchlists, root), root);
}

function addRepositoryExternalData(loaded: LoadedCases, root: string): LoadedCases {
  let given: Record<string, ExternalDataSource>;
  try {
    given = readExternalDataFile(root);
  } catch (error: unknown) {
    return withFileProblem(loaded, EXTERNAL_DATA_FILE, error);
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

function addRepositoryGeoIp(loaded: LoadedCases, root: string): LoadedCases {
  let given: Record<string, GeoLocation>;
  try {
    given = readGeoIpFile(root);
  } catch (error: unknown) {
    return withFileProblem(loaded, GEO_IP_FILE, error);
  }
  if (Object.keys(given).length === 0) return loaded;

  const cases = loaded.cases.map((item) => ({ ...item, geoIp: { ...given, ...item.geoIp } }));
  return { cases, problems: loaded.problems };
}

function withFileProblem(loaded: LoadedCases, name: string, error: unknown): LoadedCases {
  if (!(error instanceof InputError)) throw error;
  const problem = { name, file: error.file ?? name, line: error.line ?? 1, error };
  return { cases: loaded.cases, problems: [...loaded.problems, problem] };
}

/**
 * Reads `geo_ip.yaml` at the repository root: the map a case gives under
 * `geo_ip:`, for every case. A missing file maps nothing.
 */
function readGeoIpFile(root: string): Record<string, GeoLocation> {
  const source = readRootYaml(root, GEO_IP_FILE);
  const value = source && toPlainValue(source);
  if (!source || value === null || value === undefined) return {};

  const [violation] = checkGeoIp(value);
  if (violation) {
    throw errorAt(source, violation.path, `invalid ${GEO_IP_FILE}: ${violation.message}`, {
      hint: 'map each IP address or CIDR range to a location, such as "198.51.100.0/24": { country: Australia, city: Sydney, latitude: -33.8715, longitude: 151.2006 }',
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
