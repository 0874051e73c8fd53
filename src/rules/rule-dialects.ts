import { InputError } from "../errors.js";
import { closestName } from "./closest-name.js";
import { ENTITY_TYPE_NAMES } from "./entity-types.js";
import {
  canonicalKey,
  IGNORED_FIELDS,
  keyMatches,
  NESTED_KEYS,
  RULE_FIELDS,
} from "./rule-keys.js";
import {
  RuleSource,
  type PathSegment,
  type SourceFile,
} from "./rule-source.js";
import type { RuleDialect } from "./types.js";

type JsonObject = Record<string, unknown>;

/** One rule's fields, renamed to the template names, ready for validation. */
export interface RuleDocument {
  readonly data: JsonObject;
  readonly source: RuleSource;
  readonly dialect: RuleDialect;
  readonly warnings: InputError[];
  readonly errors: InputError[];
  /** Top-level keys that are no rule field, as written; the model ignores them. */
  readonly unknownKeys: string[];
}

export const SEVERITIES = ["Informational", "Low", "Medium", "High"];
export const RULE_KINDS = [
  "Scheduled",
  "NRT",
  "Fusion",
  "MLBehaviorAnalytics",
  "MicrosoftSecurityIncidentCreation",
  "ThreatIntelligence",
  "Anomaly",
];
export const AGGREGATION_KINDS = ["SingleAlert", "AlertPerResult"];
export const TACTICS = [
  "Reconnaissance",
  "ResourceDevelopment",
  "InitialAccess",
  "Execution",
  "Persistence",
  "PrivilegeEscalation",
  "DefenseEvasion",
  "CredentialAccess",
  "Discovery",
  "LateralMovement",
  "Collection",
  "Exfiltration",
  "CommandAndControl",
  "Impact",
  "PreAttack",
  "ImpairProcessControl",
  "InhibitResponseFunction",
];

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Finds the rules in a parsed file: the file itself for the two YAML
 * dialects, each `alertRules` resource of an ARM template, or a REST
 * resource's `properties`. Raises an `InputError` when the file contains no rule.
 */
export function readRuleDocuments(file: SourceFile): RuleDocument[] {
  const root = file.document.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isObject(root)) {
    throw notARule(file, "the file is not a mapping of rule fields");
  }

  const resources = findValue(root, "resources");
  if (resources !== undefined) return readArmTemplate(file, resources);

  const properties = findValue(root, "properties");
  if (isObject(properties) && findValue(root, "query") === undefined) {
    return [readArmResource(file, root, [])];
  }
  const capitalised = Object.keys(root).some((key) => /^[A-Z]/.test(key));
  const dialect = capitalised ? "export" : "template";
  return [normalizeRule(root, new RuleSource(file), dialect)];
}

function readArmTemplate(file: SourceFile, resources: unknown): RuleDocument[] {
  const rules: RuleDocument[] = [];
  const items = Array.isArray(resources) ? resources : [];
  for (const [index, resource] of items.entries()) {
    if (isAlertRuleResource(resource)) {
      rules.push(readArmResource(file, resource, ["resources", index]));
    }
  }
  if (rules.length === 0) {
    throw notARule(
      file,
      "the ARM template has no Microsoft.SecurityInsights/alertRules resource",
    );
  }
  return rules;
}

function isAlertRuleResource(resource: unknown): resource is JsonObject {
  if (!isObject(resource)) return false;
  const type = findValue(resource, "type");
  return typeof type === "string" && /\/alertRules$/i.test(type);
}

function readArmResource(
  file: SourceFile,
  resource: JsonObject,
  path: readonly PathSegment[],
): RuleDocument {
  const properties = findValue(resource, "properties");
  const source = new RuleSource(file, [...path, "properties"], {
    kind: [...path, "kind"],
    id: [...path, findKey(resource, "name") ? "name" : "id"],
  });
  const fields = isObject(properties) ? properties : {};
  const document = normalizeRule(fields, source, "arm");

  const kind = findValue(resource, "kind");
  if (kind !== undefined) document.data.kind = matchCase(kind, RULE_KINDS);
  const id = armRuleId(resource);
  if (id !== undefined) document.data.id = id;
  return document;
}

/**
 * Returns the last GUID of the resource's `name` or `id`, which ARM
 * exports write as `[concat(..., '/<guid>')]`.
 */
function armRuleId(resource: JsonObject): string | undefined {
  for (const key of ["name", "id"]) {
    const value = findValue(resource, key);
    const guids = typeof value === "string" ? value.match(GUID) : null;
    if (guids) return guids[guids.length - 1];
  }
  const properties = findValue(resource, "properties");
  const template = findValue(properties, "alertRuleTemplateName");
  return typeof template === "string" ? template : undefined;
}

function normalizeRule(
  fields: JsonObject,
  source: RuleSource,
  dialect: RuleDialect,
): RuleDocument {
  const document: RuleDocument = {
    data: {},
    source,
    dialect,
    warnings: [],
    errors: [],
    unknownKeys: [],
  };
  for (const [key, value] of Object.entries(fields)) {
    const name = canonicalKey(key, RULE_FIELDS, true);
    if (keyMatches(key, "sentinelEntitiesMappings", false) && value !== null) {
      document.warnings.push(entitiesColumnWarning(source, key, value));
      continue;
    }
    if (name === undefined) {
      const ignored = IGNORED_FIELDS.some((field) =>
        keyMatches(key, field, false),
      );
      if (!ignored) {
        const warning = unknownKeyWarning(source, [key], key, RULE_FIELDS);
        document.warnings.push(warning);
        document.unknownKeys.push(key);
      }
      continue;
    }
    if (name in document.data) {
      document.errors.push(duplicateFieldError(source, name, key));
      continue;
    }
    if (value === null) continue;
    document.data[name] = normalizeField(name, value, source, document);
  }
  return document;
}

function normalizeField(
  name: string,
  value: unknown,
  source: RuleSource,
  document: RuleDocument,
): unknown {
  const warn = (warning: InputError) => document.warnings.push(warning);
  switch (name) {
    case "kind":
      return matchCase(value, RULE_KINDS);
    case "severity":
      return matchCase(value, SEVERITIES);
    case "tactics":
      return mapItems(value, (tactic) => matchCase(tactic, TACTICS));
    case "entityMappings":
      return normalizeEntityMappings(value, source, warn);
    case "eventGroupingSettings": {
      const settings = normalizeNested(value, [name], source, warn);
      if (isObject(settings)) {
        const kind = settings.aggregationKind;
        settings.aggregationKind = matchCase(kind, AGGREGATION_KINDS);
      }
      return settings;
    }
    case "alertDetailsOverride":
      return normalizeAlertDetailsOverride(value, source, warn);
    case "requiredDataConnectors":
      return mapItems(value, (item, index) =>
        normalizeNested(item, [name, index], source, warn),
      );
    default:
      return value;
  }
}

function normalizeEntityMappings(
  value: unknown,
  source: RuleSource,
  warn: (warning: InputError) => void,
): unknown {
  return mapItems(value, (item, index) => {
    const path = ["entityMappings", index];
    const mapping = normalizeNested(item, path, source, warn);
    if (!isObject(mapping)) return mapping;

    mapping.entityType = matchCase(mapping.entityType, ENTITY_TYPE_NAMES);
    mapping.fieldMappings = mapItems(mapping.fieldMappings, (field, at) =>
      normalizeNested(field, [...path, "fieldMappings", at], source, warn),
    );
    return mapping;
  });
}

function normalizeAlertDetailsOverride(
  value: unknown,
  source: RuleSource,
  warn: (warning: InputError) => void,
): unknown {
  const path = ["alertDetailsOverride"];
  const override = normalizeNested(value, path, source, warn);
  if (!isObject(override)) return override;

  for (const [key, field] of Object.entries(override)) {
    if (field === null || field === "") delete override[key];
  }
  const properties = override.alertDynamicProperties;
  if (properties === undefined) return override;

  override.alertDynamicProperties = mapItems(properties, (item, index) => {
    const itemPath = [...path, "alertDynamicProperties", index];
    return normalizeNested(item, itemPath, source, warn);
  });
  return override;
}

/** Gives a nested object's keys their canonical case; warns about unknown keys. */
function normalizeNested(
  value: unknown,
  path: readonly PathSegment[],
  source: RuleSource,
  warn: (warning: InputError) => void,
): unknown {
  if (!isObject(value)) return value;

  const names = path.filter((part) => typeof part === "string");
  const known = NESTED_KEYS[names[names.length - 1]] ?? [];
  const result: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const name = canonicalKey(key, known, false);
    if (name === undefined) {
      warn(unknownKeyWarning(source, [...path, key], key, known));
    }
    result[name ?? key] = item;
  }
  return result;
}

function mapItems(
  value: unknown,
  map: (item: unknown, index: number) => unknown,
): unknown {
  return Array.isArray(value) ? value.map(map) : value;
}

/** Gives an enum value its canonical case, as Newtonsoft reads enums. */
function matchCase(value: unknown, allowed: readonly string[]): unknown {
  if (typeof value !== "string") return value;
  const lower = value.toLowerCase();
  return allowed.find((name) => name.toLowerCase() === lower) ?? value;
}

function unknownKeyWarning(
  source: RuleSource,
  path: readonly PathSegment[],
  key: string,
  known: readonly string[],
): InputError {
  const guess = closestName(key, known);
  const hint = guess
    ? `did you mean ${guess}? Sentinel ignores keys it does not know`
    : "remove the key or correct its name: Sentinel ignores keys it does not know";
  const message = `unknown key '${key}' is ignored`;
  return source.error(path, message, { hint, kind: "warning" });
}

// NOTE: entities given as JSON in a column (sentinelEntitiesMappings) are
// not built, so alerts leave them out.
function entitiesColumnWarning(
  source: RuleSource,
  key: string,
  value: unknown,
): InputError {
  const columns = mapItems(value, (item) => findValue(item, "columnName"));
  const named = Array.isArray(columns) ? columns.join(", ") : "";
  return source.error(
    [key],
    `${key} is not simulated: alerts leave out the entities in column ${named}`,
    {
      hint: "compare entities in your cases only for the entityMappings entities",
      kind: "warning",
    },
  );
}

function duplicateFieldError(
  source: RuleSource,
  name: string,
  key: string,
): InputError {
  return source.error([name], `'${key}' repeats the field ${name}`, {
    hint: `keep one of the two keys: keys are read ignoring case, and ${name} has aliases in the API form`,
  });
}

function notARule(file: SourceFile, reason: string): InputError {
  return new InputError(`not a Sentinel analytic rule: ${reason}`, {
    file: file.file,
    line: 1,
    hint: "a rule file is a YAML template, an exported rule, or an ARM template with alertRules resources",
    kind: "schema",
  });
}

function findKey(object: JsonObject, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

function findValue(object: unknown, name: string): unknown {
  if (!isObject(object)) return undefined;
  const key = findKey(object, name);
  return key === undefined ? undefined : object[key];
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
