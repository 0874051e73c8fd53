import type { ErrorObject } from "ajv";
import {
  describeRequiredSets,
  ENTITY_TYPES,
  joinWords,
} from "./entity-types.js";
import { RULE_KINDS } from "./rule-dialects.js";
import type { PathSegment } from "./rule-source.js";
import type { RuleDialect } from "./types.js";

/** A schema violation in words, and where it is. */
export interface RuleProblem {
  readonly path: PathSegment[];
  readonly message: string;
  readonly hint?: string;
  readonly kind?: string;
}

/** How to write a duration, in the form of the file's own dialect first. */
const DURATION_HINTS: Readonly<Record<RuleDialect, string>> = {
  template:
    "write a whole number followed by m, h or d, such as 1h; ISO 8601 such as PT1H is read too, but Azure-Sentinel's template validation rejects it",
  export:
    "write ISO 8601 such as PT1H, as the Sentinel API requires; a whole number followed by m, h or d, such as 1h, is read too",
  arm: "write ISO 8601 such as PT1H, as the Sentinel API requires; a whole number followed by m, h or d, such as 1h, is read too",
};

const FIELD_HINTS: Readonly<Record<string, string>> = {
  id: "add id: with a new GUID",
  name: "add name: with the alert's display name",
  description: "add description: saying what the rule detects",
  severity: "add severity: Informational, Low, Medium or High",
  query: "add query: with the KQL text of the rule",
  queryFrequency: "add queryFrequency: how often the rule runs, such as 1h",
  queryPeriod: "add queryPeriod: how far back each run looks, such as 1h",
  triggerOperator: "add triggerOperator: gt, lt, eq or ne",
  triggerThreshold: "add triggerThreshold: the result count the operator compares with, such as 0",
};

/**
 * Describes one ajv error of the rule schema in plain words; `dialect`
 * chooses the duration form a hint names first.
 */
export function describeSchemaError(
  error: ErrorObject,
  data: unknown,
  dialect: RuleDialect = "template",
): RuleProblem {
  const path = parsePointer(error.instancePath);
  if (error.keyword === "format") return describeFormat(error, path, dialect);
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  const rule = parent?.["x-rule"];
  const explained = typeof rule === "string" && RULE_KEYWORDS[rule];
  if (explained && explained.includes(error.keyword)) {
    return RULE_MESSAGES[rule as string](error, path, data);
  }
  const describe = KEYWORD_MESSAGES[error.keyword];
  if (describe) return describe(error, path, data);

  const reason = error.message ?? "is not valid";
  return { path, message: `${fieldLabel(path)} ${reason}` };
}

type Describe = (
  error: ErrorObject,
  path: PathSegment[],
  data: unknown,
) => RuleProblem;

/** The keywords whose errors each `x-rule` message explains. */
const RULE_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  "duration-range": ["formatMinimum", "formatMaximum"],
  "period-after-frequency": ["formatMinimum"],
  "long-period": ["formatMinimum"],
  identifier: ["enum"],
  "required-identifiers": ["anyOf"],
};

const RULE_MESSAGES: Readonly<Record<string, Describe>> = {
  "duration-range": (error, path) => {
    const value = quote(error.data);
    const shorter = error.keyword === "formatMinimum";
    const message = shorter
      ? `${fieldName(path)} ${value} is shorter than 5 minutes`
      : `${fieldName(path)} ${value} is longer than 14 days`;
    return { path, message: `${message}: Sentinel allows 5m to 14d` };
  },
  "period-after-frequency": (error, path, data) => ({
    path,
    message: `queryPeriod ${quote(error.data)} is shorter than queryFrequency ${quote(valueAt(data, ["queryFrequency"]))}: each run must look back at least as far as the time since the last run`,
    hint: "make queryPeriod at least as long as queryFrequency",
  }),
  "long-period": (error, path, data) => ({
    path,
    message: `queryFrequency ${quote(error.data)} is shorter than 1 hour, but queryPeriod ${quote(valueAt(data, ["queryPeriod"]))} is 2 days or more: Sentinel then requires a queryFrequency of 1h or more`,
    hint: "raise queryFrequency to 1h or more, or shorten queryPeriod below 2d",
  }),
  identifier: (error, path, data) => {
    const entityType = entityTypeAt(data, path);
    const allowed = ENTITY_TYPES[entityType]?.identifiers ?? [];
    return {
      path,
      message: `identifier ${quote(error.data)} is not valid for entity type ${entityType}: use one of ${allowed.join(", ")}`,
      hint: "identifiers are case-sensitive, as Sentinel reads them",
    };
  },
  "required-identifiers": (_error, path, data) => {
    const entityType = entityTypeAt(data, path);
    return {
      path: path.slice(0, 2),
      message: `the ${entityType} entity mapping lacks the identifiers Sentinel requires: map ${describeRequiredSets(ENTITY_TYPES[entityType])}`,
    };
  },
};

const KEYWORD_MESSAGES: Readonly<Record<string, Describe>> = {
  required: (error, path, data) => {
    const field = String(error.params.missingProperty);
    const fieldPath = [...path, field];
    const present = valueAt(data, path) !== undefined && path.length > 0;
    const place = present ? ` in ${fieldLabel(path)}` : "";
    return {
      path: fieldPath,
      message: `missing required field '${field}'${place}`,
      hint: FIELD_HINTS[field] ?? `add ${field}`,
    };
  },
  type: (error, path) => ({
    path,
    message: `${fieldLabel(path)} must be ${article(String(error.params.type))}, not ${describeValue(error.data)}`,
  }),
  enum: (error, path) => describeEnum(error, path),
  const: (error, path) => describeEnum(error, path),
  minimum: (error, path) => describeRange(error, path),
  maximum: (error, path) => describeRange(error, path),
  minItems: (error, path) => describeCount(error, path),
  maxItems: (error, path) => describeCount(error, path),
  maxProperties: (error, path) => ({
    path,
    message: `${fieldLabel(path)} has ${Object.keys(error.data as object).length} keys: Sentinel allows at most ${error.params.limit}`,
    hint: "remove custom details you do not need",
  }),
  minLength: (_error, path) => ({ path, message: `${fieldLabel(path)} is empty` }),
  maxLength: (error, path) => describeLength(error, path),
  pattern: (error, path) => describePattern(error, path),
  "false schema": (_error, path) => ({
    path,
    message: `${fieldName(path)} is not allowed in an NRT rule`,
    hint: `remove ${fieldName(path)}: NRT rules run every minute and raise alerts on any result`,
  }),
};

function describeFormat(error: ErrorObject, path: PathSegment[], dialect: RuleDialect): RuleProblem {
  if (error.params.format === "alert-details-format") {
    const count = String(error.data).match(/\{\{[^{}]*\}\}/g)?.length ?? 0;
    return {
      path,
      message: `${fieldName(path)} has ${count} {{column}} placeholders: Sentinel allows at most 3`,
    };
  }
  return {
    path,
    message: `${fieldName(path)} ${quote(error.data)} is not a duration: ${DURATION_HINTS[dialect]}`,
  };
}

const ENUM_HINTS: Readonly<Record<string, (allowed: string[]) => string>> = {
  triggerOperator: () =>
    "use gt, lt, eq or ne, or GreaterThan, LessThan, Equal or NotEqual (case-sensitive)",
  severity: (allowed) => `use ${joinWords(allowed, "or")}`,
  aggregationKind: (allowed) => `use ${joinWords(allowed, "or")}`,
  entityType: (allowed) => `use one of ${allowed.join(", ")}`,
  alertProperty: (allowed) => `use one of ${allowed.join(", ")}`,
  tactics: (allowed) => `use one of ${allowed.join(", ")}`,
};

function describeEnum(error: ErrorObject, path: PathSegment[]): RuleProblem {
  const field = fieldName(path);
  const allowed = (error.params.allowedValues as string[] | undefined) ?? [];
  if (field === "kind") return describeKind(error, path);

  const label = field === "tactics" ? "tactic" : field;
  const hint = ENUM_HINTS[field]?.(allowed) ?? `use one of ${allowed.join(", ")}`;
  return { path, message: `${label} ${quote(error.data)} is not valid: ${hint}` };
}

function describeKind(error: ErrorObject, path: PathSegment[]): RuleProblem {
  const known = RULE_KINDS.includes(String(error.data));
  return {
    path,
    message: known
      ? `kind ${quote(error.data)} is not supported: only Scheduled and NRT rules run a KQL query`
      : `kind ${quote(error.data)} is not valid: use Scheduled or NRT`,
    kind: known ? "unsupported" : "schema",
  };
}

function describeRange(error: ErrorObject, path: PathSegment[]): RuleProblem {
  return {
    path,
    message: `${fieldName(path)} ${String(error.data)} is out of range: use a whole number from 0 to 10000`,
  };
}

function describeCount(error: ErrorObject, path: PathSegment[]): RuleProblem {
  const count = (error.data as unknown[]).length;
  const field = fieldName(path);
  if (field === "fieldMappings") {
    return {
      path,
      message: `an entity mapping has ${count} field mappings: Sentinel allows 1 to 3`,
      hint: "split the identifiers over another entity mapping of the same type",
    };
  }
  return {
    path,
    message:
      count === 0
        ? `${field} is empty: map at least one entity or remove ${field}`
        : `${field} has ${count} entity mappings: Sentinel allows at most 10`,
  };
}

function describeLength(error: ErrorObject, path: PathSegment[]): RuleProblem {
  if (error.propertyName !== undefined) return describeDetailKey(error, path);
  return {
    path,
    message: `${fieldLabel(path)} is ${String(error.data).length} characters long: Sentinel allows at most ${error.params.limit}`,
  };
}

function describePattern(error: ErrorObject, path: PathSegment[]): RuleProblem {
  if (error.propertyName !== undefined) return describeDetailKey(error, path);

  const field = fieldName(path);
  if (field === "relevantTechniques") {
    return {
      path,
      message: `technique ${quote(error.data)} is not a MITRE ATT&CK technique id: write T1234 or T1234.001`,
    };
  }
  if (field === "version") {
    return {
      path,
      message: `version ${quote(error.data)} is not valid: write three numbers such as 1.0.0`,
    };
  }
  return {
    path,
    message: `${fieldLabel(path)} ${quote(error.data)} is not a column name: use letters, digits and underscores, starting with a letter or underscore`,
  };
}

function describeDetailKey(
  error: ErrorObject,
  path: PathSegment[],
): RuleProblem {
  return {
    path: [...path, String(error.propertyName)],
    message: `custom detail key '${String(error.propertyName)}' is not valid: use up to 20 letters, digits and underscores, starting with a letter`,
  };
}

/** Returns the last field name of a path, such as `identifier`. */
function fieldName(path: readonly PathSegment[]): string {
  const names = path.filter((part) => typeof part === "string");
  return names[names.length - 1] ?? "the rule";
}

/** Returns the entity type of the mapping a path leads into. */
function entityTypeAt(data: unknown, path: readonly PathSegment[]): string {
  return String(valueAt(data, [...path.slice(0, 2), "entityType"]));
}

/** Formats a path as messages show it: `entityMappings[0].fieldMappings[1]`. */
function fieldLabel(path: readonly PathSegment[]): string {
  if (path.length === 0) return "the rule";
  return path
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`))
    .join("")
    .replace(/^\./, "");
}

function parsePointer(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const part of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[part as string];
  }
  return current;
}

function quote(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}

function describeValue(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${quote(value)}`;
}

function article(type: string): string {
  const words: Record<string, string> = {
    integer: "a whole number",
    string: "a string",
    array: "a list",
    object: "a mapping",
    boolean: "true or false",
    number: "a number",
  };
  return words[type] ?? type;
}
