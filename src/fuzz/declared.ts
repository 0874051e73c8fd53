import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { findRule } from "../cases/case-loader.js";
import type { RuleKey } from "../cases/case-loader.js";
import { buildTable } from "../cases/case-tables.js";
import { rowsFromYaml } from "../cases/source-rows.js";
import { errorAt, parseYamlSource, placeOfKey, sourceLine, toPlainValue } from "../cases/yaml-source.js";
import type { YamlPath, YamlSource } from "../cases/yaml-source.js";
import { InputError } from "../errors.js";
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
  tables: Readonly<Record<string, Table>>;
  /** The table whose first row is the template. */
  table: string;
  varied: FieldLocator | null;
  /** `distinct`: each copy gets its own value; `sum`: the values add up to `n`. */
  as: "distinct" | "sum";
  relation: Relation;
  /** Columns and values of the expected alert; empty matches any alert. */
  alert: Readonly<Record<string, unknown>>;
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
      loadFile(parseYamlSource(text, file), { ...options, root }, loaded);
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

function loadFile(source: YamlSource, options: DeclaredLoadOptions, loaded: LoadedProperties): void {
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
  options: DeclaredLoadOptions,
): DeclaredProperty {
  const fail = (path: YamlPath, message: string, hint: string) =>
    errorAt(source, [...prefix, ...path], message, { hint, kind: "property" });
  const rule = findRule(item.rule, options.rules, options.root);
  if (!rule) {
    throw fail(["rule"], `no rule '${String(item.rule)}' found`, "name the rule file by its path from the repository root, or give the rule's id");
  }
  if (!isRecord(item.property)) {
    throw fail(["property"], "`property` must be a map", "give template, vary, alertWhen and optionally as, alert and n");
  }

  const spec = item.property;
  const unknownKey = Object.keys(spec).find((key) => !PROPERTY_KEYS.has(key));
  if (unknownKey) {
    throw fail(["property", unknownKey], `unknown key '${unknownKey}' in property`, "the keys are template, vary, as, alertWhen, alert and n");
  }

  const tables = readTables(item, prefix, source, options);
  const table = templateTable(spec, tables, (message, hint) => fail(["property", "template"], message, hint));
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
    at: readAt(item.at, (message, hint) => fail(["at"], message, hint)),
    tables,
    table,
    varied: readVaried(spec.vary, tables[table], (message, hint) => fail(["property", "vary"], message, hint)),
    as: readAs(spec.as, (message, hint) => fail(["property", "as"], message, hint)),
    relation,
    alert,
    range: readRange(spec.n, relation, (message, hint) => fail(["property", "n"], message, hint)),
  };
}

type Fail = (message: string, hint: string) => InputError;

function readTables(
  item: Record<string, unknown>,
  prefix: YamlPath,
  source: YamlSource,
  options: DeclaredLoadOptions,
): Record<string, Table> {
  const specs = isRecord(item.tables) ? item.tables : {};
  const tables: Record<string, Table> = {};
  for (const [name, rows] of Object.entries(specs)) {
    const path = [...prefix, "tables", name];
    if (!Array.isArray(rows)) {
      throw errorAt(source, path, `the events of ${name} must be a list`, {
        hint: "write the template event inline, as a list of maps",
        kind: "property",
      });
    }
    const place = placeOfKey(source, path);
    const tablePlace = { ...place, sourceLine: sourceLine(source, place.line) };
    tables[name] = buildTable(name, rowsFromYaml(source, path, rows), options.schemas[name], tablePlace).table;
  }
  return tables;
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
  if (!table.columns.some((column) => column.name === field.column)) {
    const known = table.columns.map((column) => column.name).join(", ");
    throw fail(`column '${field.column}' is not in the template's table`, `use one of ${known}`);
  }
  return field;
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
