import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import { parseDatetime, TICKS_PER_SECOND, type Column, type Table } from "../kql/types.js";
import type { ExternalDataSource, GeoLocation } from "../kql/api.js";
import { byCloseness, closestName } from "../rules/closest-name.js";
import { ENTITY_TYPE_NAMES } from "../rules/entity-types.js";
import { checkCase, knownCaseKeys, type SchemaViolation } from "./case-schema.js";
import { buildTable } from "./case-tables.js";
import { readEventFile, type EventFileContext } from "./event-files.js";
import { rowsFromYaml, type SourceRow } from "./source-rows.js";
import { caseExternalData } from "./external-data.js";
import { readGeoIp } from "./geo-ip.js";
import { caseWatchlistTables } from "./watchlist-sources.js";
import { webhookRows } from "./webhook-rows.js";
import { ZOOM_LOGS_TABLE } from "./zoom-webhooks.js";
import {
  errorAt,
  parseYamlSource,
  placeOf,
  placeOfKey,
  sourceLine,
  toPlainValue,
  type YamlPath,
  type YamlSource,
} from "./yaml-source.js";

/** The rule a case names, by its file (from the root) or its id. */
export interface RuleKey {
  readonly id: string;
  /** The rule file, relative to the repository root, with `/` separators. */
  readonly file: string;
}

/** One expected alert; only the fields given are compared. */
export interface ExpectedAlert {
  readonly columns?: Readonly<Record<string, unknown>>;
  /** The alert's complete entity list, compared order-insensitively. */
  readonly entities?: readonly Readonly<Record<string, unknown>>[];
  readonly customDetails?: Readonly<Record<string, unknown>>;
  readonly name?: string;
  readonly description?: string;
  readonly severity?: string;
  readonly tactics?: readonly string[];
  /** Line of the expectation in the case file. */
  readonly line: number;
  /** Line of each key under `columns`, by column name. */
  readonly columnLines?: Readonly<Record<string, number>>;
}

export interface CaseExpectation {
  readonly triggered?: boolean;
  readonly alerts?: readonly ExpectedAlert[];
  /** The exact result table, column to value per row. */
  readonly rows?: readonly Readonly<Record<string, unknown>>[];
  /** Line of each item of `rows` in the case file. */
  readonly rowLines?: readonly number[];
  /** Line of the `expect:` key in the case file. */
  readonly line?: number;
}

/** A golden test case, loaded and checked, with typed tables. */
export interface GoldenCase {
  readonly name: string;
  /** The case file, relative to the repository root. */
  readonly file: string;
  readonly line: number;
  readonly rule: RuleKey;
  /** When the scheduled run happens, in datetime ticks. */
  readonly at: number;
  /** Tables by name, with each watchlist as the table `watchlistTableName` names. */
  readonly tables: Readonly<Record<string, Table>>;
  /** The content `externaldata` reads instead of each URL. */
  readonly externalData?: Readonly<Record<string, ExternalDataSource>>;
  /**
   * The locations `geo_info_from_ip_address` returns, by IP address or
   * CIDR range, in place of Microsoft's geolocation database.
   */
  readonly geoIp?: Readonly<Record<string, GeoLocation>>;
  readonly expect: CaseExpectation;
  /** The reason the case is expected to fail, when it documents a rule's defect. */
  readonly xfail?: string;
  readonly warnings: readonly InputError[];
}

/** A case (or a whole case file) that could not be loaded. */
export interface CaseProblem {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  /** The rule the case names, when it names a known one. */
  readonly rule?: RuleKey;
  readonly error: InputError;
}

export interface LoadedCases {
  readonly cases: GoldenCase[];
  readonly problems: CaseProblem[];
}

export interface CaseLoadOptions {
  /** The repository root; rule paths and event files resolve against it. */
  readonly root: string;
  /** The folder searched for case files, or one case file; absolute or relative to `root`. */
  readonly casesDir: string;
  /** Known table schemas by table name. */
  readonly schemas: Readonly<Record<string, readonly Column[]>>;
  /** The rules that cases may name. */
  readonly rules: readonly RuleKey[];
}

const ONE_MINUTE = 60 * TICKS_PER_SECOND;

/**
 * Loads every golden case under `casesDir`: each `.yaml`/`.yml` file
 * contains one case or a list of cases. YAML files that a case references as an
 * event file are not case files. Documents with `property:` are declared
 * properties, which `loadDeclaredProperties` loads and checks, so they are
 * skipped here. A file or case that cannot be loaded becomes a
 * `CaseProblem` and never stops the others from loading.
 */
export function loadCases(options: CaseLoadOptions): LoadedCases {
  const root = resolve(options.root);
  const paths = listYamlFiles(resolve(root, options.casesDir));
  const parsed = paths.map((path) => parseCaseFile(root, path));
  const eventFiles = referencedEventFiles(parsed);

  const result: LoadedCases = { cases: [], problems: [] };
  for (const file of parsed) {
    if (eventFiles.has(file.path)) continue;
    if (file.error) {
      result.problems.push(fileProblem(file.path, root, file.error));
      continue;
    }
    loadFileCases(file.source, file.path, { ...options, root }, result);
  }
  return result;
}

/** Lists the YAML files under a folder, or returns a single given file. */
export function listYamlFiles(folder: string): string[] {
  if (statSync(folder).isFile()) return [folder];
  const entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

type ParsedFile =
  | { path: string; source: YamlSource; error?: undefined }
  | { path: string; error: InputError; source?: undefined };

function parseCaseFile(root: string, path: string): ParsedFile {
  const file = relative(root, path).split(sep).join("/");
  try {
    return { path, source: parseYamlSource(readFileSync(path, "utf8"), file) };
  } catch (error: unknown) {
    if (error instanceof InputError) return { path, error };
    throw error;
  }
}

function referencedEventFiles(files: readonly ParsedFile[]): Set<string> {
  const referenced = new Set<string>();
  for (const file of files) {
    if (!file.source) continue;
    const value = toPlainValue(file.source);
    for (const item of Array.isArray(value) ? value : [value]) {
      for (const reference of fileReferences(item)) {
        referenced.add(resolve(dirname(file.path), reference));
      }
    }
  }
  return referenced;
}

function fileReferences(item: unknown): string[] {
  if (!isRecord(item)) return [];
  const tables = isRecord(item.tables) ? Object.values(item.tables) : [];
  const watchlists = isRecord(item.watchlists) ? Object.values(item.watchlists) : [];
  const external = isRecord(item.externaldata) ? Object.values(item.externaldata) : [];
  return [...tables, item.zoom_webhooks, ...watchlists, ...external]
    .map((spec) => (isRecord(spec) && typeof spec.file === "string" ? spec.file : undefined))
    .filter((file): file is string => file !== undefined);
}

function fileProblem(path: string, root: string, error: InputError): CaseProblem {
  const file = error.file ?? relative(root, path).split(sep).join("/");
  return { name: caseStem(path), file, line: error.line ?? 1, error };
}

function caseStem(path: string): string {
  return basename(path, extname(path));
}

/** The load options of one case file, with the file itself. */
export interface FileContext extends CaseLoadOptions, EventFileContext {}

function loadFileCases(
  source: YamlSource,
  path: string,
  options: CaseLoadOptions,
  result: LoadedCases,
): void {
  const value = toPlainValue(source);
  const context: FileContext = { ...options, caseSource: source, casePath: path };
  if (value === null || value === undefined) {
    const error = errorAt(source, [], "the case file is empty", {
      hint: "write a case with rule, tables and expect, or delete the file",
    });
    result.problems.push(fileProblem(path, options.root, error));
    return;
  }

  const items: [unknown, YamlPath][] = Array.isArray(value)
    ? value.map((item, index) => [item, [index]])
    : [[value, []]];
  for (const [item, prefix] of items) {
    if (isDeclaredProperty(item)) continue;
    const name = caseName(item, path, prefix);
    const line = placeOf(source, prefix).line;
    try {
      result.cases.push(loadCase(item, prefix, name, context));
    } catch (error: unknown) {
      if (!(error instanceof InputError)) throw error;
      const rule = isRecord(item) ? findRule(item.rule, options.rules, options.root) : undefined;
      result.problems.push({ name, file: source.file, line, rule, error });
    }
  }
}

function isDeclaredProperty(item: unknown): boolean {
  return isRecord(item) && item.property !== undefined;
}

function caseName(item: unknown, path: string, prefix: YamlPath): string {
  if (isRecord(item) && typeof item.name === "string" && item.name !== "") return item.name;
  const stem = caseStem(path);
  return prefix.length > 0 ? `${stem} [${Number(prefix[0]) + 1}]` : stem;
}

function loadCase(item: unknown, prefix: YamlPath, name: string, context: FileContext): GoldenCase {
  const source = context.caseSource;
  checkShape(item, prefix, source);
  const raw = item as Record<string, unknown>;

  const rule = findRule(raw.rule, context.rules, context.root);
  if (!rule) {
    throw errorAt(source, [...prefix, "rule"], `no rule '${String(raw.rule)}' found`, {
      hint: "name a rule file by its path from the repository root (such as rules/zoom/SupiciousLinkSharing.yaml) or give the rule's id",
    });
  }

  const built = buildCaseTables(raw, prefix, context);
  const at = runTime(raw, prefix, source, built.tables);
  const watchlists = caseWatchlistTables(raw.watchlists, [...prefix, "watchlists"], context, at);
  return {
    name,
    file: source.file,
    line: placeOf(source, prefix).line,
    rule,
    at,
    tables: { ...built.tables, ...watchlists },
    externalData: caseExternalData(raw.externaldata, [...prefix, "externaldata"], context),
    geoIp: readGeoIp(raw.geo_ip, [...prefix, "geo_ip"], source),
    expect: readExpectation(raw.expect as Record<string, unknown>, [...prefix, "expect"], source),
    xfail: typeof raw.xfail === "string" ? raw.xfail : undefined,
    warnings: built.warnings,
  };
}

/**
 * Raises the first schema violation of a case at its line. An unknown key
 * comes first, since a misspelt key (`expcet:`) also causes the missing
 * key, and its hint names the closest known key.
 */
function checkShape(item: unknown, prefix: YamlPath, source: YamlSource): void {
  const violations = checkCase(item);
  const first = violations.find((violation) => violation.key !== undefined) ?? violations[0];
  if (!first) return;

  const more = violations.filter((violation) => violation !== first).map((violation) => violation.message);
  const hints = [closestKeyHint(first), more.length > 0 ? `also: ${more.join("; ")}` : undefined];
  const hint = hints.filter((text) => text !== undefined).join("; ");
  throw errorAt(source, [...prefix, ...first.path], `invalid case: ${first.message}`, {
    hint: hint || "a case has rule, expect and optionally name, at, tables, zoom_webhooks, watchlists, externaldata, geo_ip, xfail",
    atKey: first.key !== undefined,
  });
}

function closestKeyHint(violation: SchemaViolation): string | undefined {
  if (violation.key === undefined) return undefined;
  const known = knownCaseKeys(violation.path.slice(0, -1));
  const guess = closestName(violation.key, known);
  if (guess) return `did you mean '${guess}'?`;
  return known.length > 0 ? `the known keys are ${known.join(", ")}` : undefined;
}

/** Finds the rule a case names by file path (from the root) or by id. */
export function findRule(
  reference: unknown,
  rules: readonly RuleKey[],
  root: string,
): RuleKey | undefined {
  if (typeof reference !== "string" || reference.trim() === "") return undefined;

  const target = relative(root, resolve(root, reference.trim())).split(sep).join("/");
  const byFile = rules.find((rule) => normalizeRuleFile(rule.file, root) === target);
  if (byFile) return byFile;

  const id = reference.trim().toLowerCase();
  return rules.find((rule) => rule.id.toLowerCase() === id);
}

function normalizeRuleFile(file: string, root: string): string {
  return relative(root, resolve(root, file)).split(sep).join("/");
}

export interface BuiltTables {
  tables: Record<string, Table>;
  warnings: InputError[];
}

/**
 * Builds the typed tables of a case's `tables:` (inline events or event
 * files) and `zoom_webhooks:`, which the schema has checked.
 */
export function buildCaseTables(
  raw: Record<string, unknown>,
  prefix: YamlPath,
  context: FileContext,
): BuiltTables {
  const rowsByTable = new Map<string, { rows: SourceRow[]; path: YamlPath }>();
  const specs = isRecord(raw.tables) ? raw.tables : {};
  for (const [table, spec] of Object.entries(specs)) {
    const path = [...prefix, "tables", table];
    rowsByTable.set(table, { rows: tableRows(spec, path, context), path });
  }
  if (raw.zoom_webhooks !== undefined) {
    const path = [...prefix, "zoom_webhooks"];
    const rows = webhookRows(raw.zoom_webhooks, path, context);
    const entry = rowsByTable.get(ZOOM_LOGS_TABLE);
    if (entry) entry.rows.push(...rows);
    else rowsByTable.set(ZOOM_LOGS_TABLE, { rows, path });
  }

  const result: BuiltTables = { tables: {}, warnings: [] };
  for (const [table, { rows, path }] of rowsByTable) {
    const place = placeOfKey(context.caseSource, path);
    const tablePlace = { ...place, sourceLine: sourceLine(context.caseSource, place.line) };
    const built = buildTable(table, rows, context.schemas[table], tablePlace);
    result.tables[table] = built.table;
    result.warnings.push(...built.warnings);
  }
  return result;
}

function tableRows(spec: unknown, path: YamlPath, context: FileContext): SourceRow[] {
  if (Array.isArray(spec)) return rowsFromYaml(context.caseSource, path, spec);
  return readEventFile(context, path, (spec as { file: string }).file);
}

function runTime(
  raw: Record<string, unknown>,
  prefix: YamlPath,
  source: YamlSource,
  tables: Readonly<Record<string, Table>>,
): number {
  if (typeof raw.at === "string") {
    const at = parseDatetime(raw.at);
    if (at === null) {
      throw errorAt(source, [...prefix, "at"], `'${raw.at}' is not a valid datetime`, {
        hint: "write `at` in ISO 8601 with Z, such as 2026-04-20T09:00:00Z",
      });
    }
    return at;
  }
  const latest = latestEventTime(tables);
  if (latest === undefined) {
    throw errorAt(source, prefix, "`at` is missing and no event has a TimeGenerated", {
      hint: "give the run time, such as at: 2026-04-20T09:00:00Z",
    });
  }
  return latest + ONE_MINUTE;
}

/** Returns the latest `TimeGenerated` over all tables, in ticks. */
function latestEventTime(tables: Readonly<Record<string, Table>>): number | undefined {
  let latest: number | undefined;
  for (const table of Object.values(tables)) {
    const index = table.columns.findIndex((column) => column.name === "TimeGenerated");
    if (index < 0 || table.columns[index].type !== "datetime") continue;
    for (const row of table.rows) {
      const value = row[index];
      if (typeof value === "number" && (latest === undefined || value > latest)) latest = value;
    }
  }
  return latest;
}

function readExpectation(
  expect: Record<string, unknown>,
  path: YamlPath,
  source: YamlSource,
): CaseExpectation {
  const alerts = Array.isArray(expect.alerts)
    ? expect.alerts.map((alert, index) =>
        readExpectedAlert(alert as ExpectedFields, [...path, "alerts", index], source),
      )
    : undefined;
  const rows = Array.isArray(expect.rows) ? (expect.rows as Record<string, unknown>[]) : undefined;
  return {
    triggered: typeof expect.triggered === "boolean" ? expect.triggered : undefined,
    alerts,
    rows,
    rowLines: rows?.map((_, index) => placeOf(source, [...path, "rows", index]).line),
    line: placeOfKey(source, path).line,
  };
}

type ExpectedFields = Omit<ExpectedAlert, "line" | "columnLines">;

function readExpectedAlert(alert: ExpectedFields, path: YamlPath, source: YamlSource): ExpectedAlert {
  alert.entities?.forEach((entity, index) => {
    checkEntityType(entity.type, [...path, "entities", index, "type"], source);
  });
  const columnLines = Object.fromEntries(
    Object.keys(alert.columns ?? {}).map((name) => [
      name,
      placeOfKey(source, [...path, "columns", name]).line,
    ]),
  );
  return { ...alert, line: placeOf(source, path).line, columnLines };
}

/** Raises an error for an entity type Sentinel does not have, such as `Acount`. */
function checkEntityType(type: unknown, path: YamlPath, source: YamlSource): void {
  const name = String(type);
  if (ENTITY_TYPE_NAMES.some((known) => known.toLowerCase() === name.toLowerCase())) return;

  const known = byCloseness(name, ENTITY_TYPE_NAMES);
  throw errorAt(source, path, `unknown entity type '${name}'`, {
    hint: `use one of the Sentinel entity types, closest first: ${known.join(", ")}`,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
