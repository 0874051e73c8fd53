import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { buildCaseTables, findRule } from "../cases/case-loader.js";
import type { FileContext, RuleKey } from "../cases/case-loader.js";
import { checkPropertyDocument, PROPERTY_DOCUMENT_SCHEMA } from "../cases/case-schema.js";
import { caseExternalData } from "../cases/external-data.js";
import { readGeoIp } from "../cases/geo-ip.js";
import { caseWatchlistTables } from "../cases/watchlist-sources.js";
import { errorAt, parseYamlSource, placeOfKey, toPlainValue } from "../cases/yaml-source.js";
import type { YamlPath, YamlSource } from "../cases/yaml-source.js";
import { InputError } from "../errors.js";
import type { ExternalDataSource, GeoLocation } from "../kql/api.js";
import type { Column, Table } from "../kql/types.js";
import { parseDatetime } from "../kql/types.js";
import { parseLocator } from "./field-locator.js";
import type { FieldLocator } from "./field-locator.js";
import type { BoundaryScenario, Relation } from "./scenario.js";
import type { ComparisonOperator } from "./threshold.js";
import { rangeAround } from "./boundary.js";

/**
 * A property a test case file declares for its rule (see
 * docs/properties.md): copies of a template event, one field varied, and
 * the relation between the number of copies `n` and the alert.
 */
export interface DeclaredProperty {
  name: string;
  file: string;
  line: number;
  rule: RuleKey;
  at: number;
  /** The document's tables, with each watchlist as the table `watchlistTableName` names. */
  tables: Readonly<Record<string, Table>>;
  /** The content `externaldata` reads instead of each URL. */
  externalData?: Readonly<Record<string, ExternalDataSource>>;
  /** The locations `geo_info_from_ip_address` returns, by canonical address or range. */
  geoIp?: Readonly<Record<string, GeoLocation>>;
  /** The table whose first row is the template. */
  table: string;
  varied: FieldLocator | null;
  /** `distinct`: each copy gets its own value; `sum`: the values add up to `n`. */
  as: "distinct" | "sum";
  relation: Relation;
  /** Columns and values of the expected alert; empty matches any alert. */
  alert: Readonly<Record<string, unknown>>;
  /** Line of `alert:`, or of `alertWhen:` when `alert` is not given. */
  alertLine: number;
  range: { min: number; max: number };
}

export interface DeclaredLoadOptions {
  root: string;
  /** The folder searched, or one case file, absolute or relative to `root`. */
  casesDir: string;
  schemas: Readonly<Record<string, readonly Column[]>>;
  rules: readonly RuleKey[];
}

export interface LoadedProperties {
  properties: DeclaredProperty[];
  errors: InputError[];
}

const RELATION = /^\s*n\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/;
const PROPERTY_KEYS = new Set(["template", "vary", "as", "alertWhen", "alert", "n"]);

/**
 * Loads every declared property in `casesDir`: the YAML documents (or
 * list items) that have `property:` where a golden case has `expect:`.
 * Other documents are left to the case loader. A property that is invalid
 * becomes an error at its file and line and never stops the others.
 */
export function loadDeclaredProperties(options: DeclaredLoadOptions): LoadedProperties {
  const root = resolve(options.root);
  const loaded: LoadedProperties = { properties: [], errors: [] };
  for (const path of listYamlFiles(resolve(root, options.casesDir))) {
    const file = relative(root, path).split(sep).join("/");
    const text = readFileSync(path, "utf8");
    if (!/^\s*-?\s*property\s*:/m.test(text)) continue;
    try {
      loadFile(parseYamlSource(text, file), { ...options, root, casePath: path }, loaded);
    } catch (error: unknown) {
      if (!(error instanceof InputError)) throw error;
      loaded.errors.push(error);
    }
  }
  return loaded;
}

function listYamlFiles(folder: string): string[] {
  if (statSync(folder).isFile()) return [folder];

  const entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The load options, and the absolute path of the file being read. */
interface FileOptions extends DeclaredLoadOptions {
  casePath: string;
}

function loadFile(source: YamlSource, options: FileOptions, loaded: LoadedProperties): void {
  const value = toPlainValue(source);
  const items: [unknown, YamlPath][] = Array.isArray(value)
    ? value.map((item, index) => [item, [index]])
    : [[value, []]];
  for (const [item, prefix] of items) {
    if (!isRecord(item) || item.property === undefined) continue;
    try {
      loaded.properties.push(readProperty(item, prefix, source, options));
    } catch (error: unknown) {
      if (!(error instanceof InputError)) throw error;
      loaded.errors.push(error);
    }
  }
}

function readProperty(
  item: Record<string, unknown>,
  prefix: YamlPath,
  source: YamlSource,
  options: FileOptions,
): DeclaredProperty {
  const fail = (path: YamlPath, message: string, hint: string) =>
    errorAt(source, [...prefix, ...path], message, { hint, kind: "property" });
  checkDocument(item, (path, message, hint) => fail(path, message, hint));
  const rule = findRule(item.rule, options.rules, options.root);
  if (!rule) {
    throw fail(["rule"], `no rule '${String(item.rule)}' found`, "name the rule file by its path from the repository root, or give the rule's id");
  }

  const spec = item.property as Record<string, unknown>;
  const unknownKey = Object.keys(spec).find((key) => !PROPERTY_KEYS.has(key));
  if (unknownKey) {
    throw fail(["property", unknownKey], `unknown key '${unknownKey}' in property`, "the keys are template, vary, as, alertWhen, alert and n");
  }

  const at = readAt(item.at, (message, hint) => fail(["at"], message, hint));
  const context: FileContext = { ...options, caseSource: source };
  const inputs = readInputs(item, prefix, context, at);
  const table = templateTable(spec, inputs.events, (message, hint) => fail(["property", "template"], message, hint));
  const relation = readRelation(spec.alertWhen, (message, hint) => fail(["property", "alertWhen"], message, hint));
  const alert = spec.alert === undefined ? {} : spec.alert;
  if (!isRecord(alert)) {
    throw fail(["property", "alert"], "`alert` must be a map of column to value", "give the columns that identify the expected alert, such as { User: user1@example.com }");
  }

  return {
    name: typeof item.name === "string" ? item.name : `n ${relation.operator} ${relation.value}`,
    file: source.file,
    line: placeOfKey(source, [...prefix, "property"]).line,
    rule,
    at,
    tables: inputs.tables,
    externalData: inputs.externalData,
    geoIp: inputs.geoIp,
    table,
    varied: readVaried(spec.vary, inputs.events[table], (message, hint) => fail(["property", "vary"], message, hint)),
    as: readAs(spec.as, (message, hint) => fail(["property", "as"], message, hint)),
    relation,
    alert,
    alertLine: placeOfKey(source, [...prefix, "property", spec.alert === undefined ? "alertWhen" : "alert"]).line,
    range: readRange(spec.n, relation, (message, hint) => fail(["property", "n"], message, hint)),
  };
}

type Fail = (message: string, hint: string) => InputError;

/**
 * Raises the first schema violation of a property's document. A document
 * with both `expect:` and `property:` is rejected, since only one of them
 * would be checked.
 */
function checkDocument(
  item: Record<string, unknown>,
  fail: (path: YamlPath, message: string, hint: string) => InputError,
): void {
  if (item.expect !== undefined) {
    throw fail(["expect"], "a document is either a golden case (`expect:`) or a property (`property:`), not both", "move the expectation or the property into a document of its own");
  }
  if (!isRecord(item.property)) {
    throw fail(["property"], "`property` must be a map", "give template, vary, alertWhen and optionally as, alert and n");
  }

  const [violation] = checkPropertyDocument(item);
  if (!violation) return;
  if (violation.key !== undefined) {
    const known = DOCUMENT_KEYS.join(", ");
    throw fail(violation.path, `unknown key '${violation.key}' in the property's document`, `the keys are ${known}`);
  }
  throw fail(violation.path, `invalid property: ${violation.message.replace("the case", "the document")}`, "write the document as a golden case, with property: in place of expect:");
}

const DOCUMENT_KEYS = Object.keys(PROPERTY_DOCUMENT_SCHEMA.properties);

interface PropertyInputs {
  /** The event tables, without watchlists. */
  events: Record<string, Table>;
  tables: Record<string, Table>;
  externalData: Record<string, ExternalDataSource>;
  geoIp?: Record<string, GeoLocation>;
}

/** Reads what the property's runs read, the way the case loader reads a golden case's. */
function readInputs(
  item: Record<string, unknown>,
  prefix: YamlPath,
  context: FileContext,
  at: number,
): PropertyInputs {
  const events = buildCaseTables(item, prefix, context).tables;
  const watchlists = caseWatchlistTables(item.watchlists, [...prefix, "watchlists"], context, at);
  return {
    events,
    tables: { ...events, ...watchlists },
    externalData: caseExternalData(item.externaldata, [...prefix, "externaldata"], context),
    geoIp: readGeoIp(item.geo_ip, [...prefix, "geo_ip"], context.caseSource),
  };
}

function templateTable(spec: Record<string, unknown>, tables: Record<string, Table>, fail: Fail): string {
  const names = Object.keys(tables);
  let name: string | undefined;
  if (typeof spec.template === "string") name = spec.template;
  else if (names.length === 1) name = names[0];
  if (!name) throw fail("`template` is missing", "name the table whose first event is copied, such as template: ZoomLogs");
  if (!tables[name]?.rows.length) {
    throw fail(`table '${name}' has no event to copy`, `give at least one event under tables.${name}`);
  }
  return name;
}

function readVaried(value: unknown, table: Table, fail: Fail): FieldLocator | null {
  if (value === undefined) return null;
  if (typeof value !== "string" || value.trim() === "") {
    throw fail("`vary` must name a field", "write a column, then a path into its JSON, such as vary: ChatEvents.Channel");
  }
  const field = parseLocator(value.trim());
  const index = table.columns.findIndex((column) => column.name === field.column);
  if (index < 0) {
    const known = table.columns.map((column) => column.name).join(", ");
    throw fail(`column '${field.column}' is not in the template's table`, `use one of ${known}`);
  }
  checkFieldPath(field, jsonOf(table.rows[0][index]), fail);
  return field;
}

/**
 * Raises an error when the template event's column has no property at the
 * field's path, since varying a property the rule never reads cannot
 * change its result.
 */
function checkFieldPath(field: FieldLocator, column: unknown, fail: Fail): void {
  let value = column;
  for (const [depth, key] of field.path.entries()) {
    const reached = [field.column, ...field.path.slice(0, depth)].join(".");
    if (!isRecord(value)) {
      throw fail(`'${reached}' of the template event is not a map, so it has no field '${key}'`, "vary a column, or a field inside a column whose value is a JSON map");
    }
    if (!(key in value)) {
      const known = Object.keys(value).join(", ") || "none";
      throw fail(`the template event has no field '${key}' in ${reached}`, `use one of its fields: ${known}`);
    }
    value = value[key];
  }
}

/** Parses JSON text, as a `string` column such as `ZoomLogs.ChatEvents` stores it. */
function jsonOf(value: unknown): unknown {
  if (typeof value !== "string" || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return value;
    throw error;
  }
}

function readRelation(value: unknown, fail: Fail): Relation {
  const match = typeof value === "string" ? RELATION.exec(value) : null;
  if (!match) throw fail(`'${String(value)}' is not a relation on n`, "write the relation as n > 3 (operators: > >= < <= == !=)");
  return { operator: match[1] as ComparisonOperator, value: Number(match[2]) };
}

function readAs(value: unknown, fail: Fail): "distinct" | "sum" {
  if (value === undefined || value === "distinct" || value === "sum") return value ?? "distinct";
  throw fail(`'${String(value)}' is not distinct or sum`, "use as: distinct (each copy its own value) or as: sum (values adding up to n)");
}

function readRange(value: unknown, relation: Relation, fail: Fail): { min: number; max: number } {
  if (value === undefined) return rangeAround(relation.value, 1);
  const valid =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((bound) => Number.isInteger(bound) && bound >= 0) &&
    value[0] <= value[1];
  if (!valid) throw fail("`n` must be [min, max], two whole numbers from 0 up", "write the range of copies tried, such as n: [1, 8]");
  return { min: value[0], max: value[1] };
}

function readAt(value: unknown, fail: Fail): number {
  const at = typeof value === "string" ? parseDatetime(value) : null;
  if (at !== null) return at;
  throw fail(value === undefined ? "`at` is missing" : `'${String(value)}' is not a valid datetime`, "give the run time in ISO 8601 with Z, such as at: 2026-04-20T09:00:00Z");
}

/**
 * Builds the boundary scenario of a declared property. Copies keep the
 * template's time, and events of other tables and the template table's
 * other rows are dropped from the template table only.
 */
export function declaredScenario(property: DeclaredProperty): BoundaryScenario {
  const template = property.tables[property.table];
  return {
    name: `boundary (declared): ${property.name}`,
    table: property.table,
    template: template.rows[0],
    tables: property.tables,
    at: property.at,
    measure: property.varied ? property.as : "rows",
    varied: property.varied,
    timeColumn: null,
    otherKey: null,
    group: property.alert,
    relation: property.relation,
    column: "n",
    range: property.range,
    source: property.file,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
