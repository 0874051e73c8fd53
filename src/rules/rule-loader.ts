import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { InputError } from "../errors.js";
import { formatDuration, formatIsoDuration, isIsoDuration, parseDuration } from "./duration.js";
import { readRuleDocuments, type RuleDocument } from "./rule-dialects.js";
import { parseSourceFile } from "./rule-source.js";
import { validateRuleDocument } from "./rule-validation.js";
import type {
  AggregationKind,
  AlertDetailsOverride,
  EntityMapping,
  Rule,
  RuleKind,
  Severity,
  TriggerOperator,
} from "./types.js";

/** A rule that could not be loaded, with its id and name when readable. */
export interface FailedRule {
  readonly file: string;
  readonly id?: string;
  readonly name?: string;
  readonly errors: InputError[];
}

/** Rules read from files, and every problem that kept a rule out. */
export interface LoadedRules {
  readonly rules: Rule[];
  readonly failures: FailedRule[];
  /** The errors of every failure. */
  readonly errors: InputError[];
}

export const RULE_EXTENSIONS = [".yaml", ".yml", ".json"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OPERATOR_NAMES: Readonly<Record<string, TriggerOperator>> = {
  GreaterThan: "gt",
  LessThan: "lt",
  Equal: "eq",
  NotEqual: "ne",
};

/**
 * Loads every rule under a folder (recursively, `.yaml`, `.yml` and
 * `.json`, in path order), or the rules of one file. A file that fails adds
 * its errors and never hides the other files' rules. Rule ids must be
 * unique across the folder: the second file using an id gets an error and
 * its rule is left out.
 */
export function loadRules(dir: string): LoadedRules {
  let files: string[];
  try {
    files = listRuleFiles(dir);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot read the rules folder '${dir}': ${reason}`;
    return failed(dir, [new InputError(message, { file: dir, kind: "io" })]);
  }

  const loaded = files.map((file) => loadRuleFile(file));
  const rules = loaded.flatMap((result) => result.rules);
  const failures = loaded.flatMap((result) => result.failures);
  const unique = dropDuplicateIds(rules, failures);
  const errors = failures.flatMap((failure) => failure.errors);
  return { rules: unique, failures, errors };
}

/** Loads the rules of one file: one, or one per `alertRules` resource of ARM. */
export function loadRuleFile(file: string): LoadedRules {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot read '${file}': ${reason}`;
    return failed(file, [new InputError(message, { file, kind: "io" })]);
  }
  return parseRules(file, text);
}

/** Reads rules from a file's text; `file` only names it in errors. */
export function parseRules(file: string, text: string): LoadedRules {
  let documents: RuleDocument[];
  try {
    const source = parseSourceFile(file, text.replace(/^\uFEFF/, ""));
    documents = readRuleDocuments(source);
  } catch (error: unknown) {
    if (error instanceof InputError) return failed(file, [error]);
    throw error;
  }

  const rules: Rule[] = [];
  const failures: FailedRule[] = [];
  for (const document of documents) {
    defaultKind(document);
    const problems = [...document.errors, ...validateRuleDocument(document)];
    if (problems.length > 0) failures.push(failureOf(document, problems));
    else rules.push(buildRule(document));
  }
  const errors = failures.flatMap((failure) => failure.errors);
  return { rules, failures, errors };
}

function failed(file: string, errors: InputError[]): LoadedRules {
  return { rules: [], failures: [{ file, errors }], errors };
}

function failureOf(document: RuleDocument, errors: InputError[]): FailedRule {
  const { id, name } = document.data;
  return {
    file: document.source.file,
    id: typeof id === "string" ? id : undefined,
    name: typeof name === "string" ? name : undefined,
    errors,
  };
}

function listRuleFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listRuleFiles(path));
    else if (isRuleFile(entry.name)) files.push(path);
  }
  return files.sort();
}

function isRuleFile(name: string): boolean {
  return RULE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Reads a rule without `kind`, as older published templates are, as Scheduled. */
function defaultKind(document: RuleDocument): void {
  if (document.data.kind !== undefined) return;

  document.data.kind = "Scheduled";
  document.warnings.push(
    document.source.error(
      [],
      "the rule has no kind: read as a Scheduled rule",
      {
        hint: "add kind: Scheduled, which Sentinel's template validation requires",
        kind: "warning",
      },
    ),
  );
}

function dropDuplicateIds(
  rules: readonly Rule[],
  failures: FailedRule[],
): Rule[] {
  const byId = new Map<string, Rule>();
  const unique: Rule[] = [];
  for (const rule of rules) {
    const first = byId.get(rule.id.toLowerCase());
    if (!first) {
      byId.set(rule.id.toLowerCase(), rule);
      unique.push(rule);
      continue;
    }
    const firstLine = first.source.locate(["id"]).line;
    const error = rule.source.error(
      ["id"],
      `duplicate rule id '${rule.id}': ${first.file}:${firstLine} already uses it`,
      { hint: "give each rule its own id (a new GUID), also for a corrected copy of a rule" },
    );
    const { file, id, name } = rule;
    failures.push({ file, id, name, errors: [error] });
  }
  return unique;
}

/** Builds the rule model from fields that passed validation. */
function buildRule(document: RuleDocument): Rule {
  const data = document.data as Record<string, never>;
  const kind = data.kind as RuleKind;
  const warnings = [...document.warnings, ...ruleWarnings(document)];
  const nrt = kind === "NRT";
  return {
    id: data.id,
    name: data.name,
    description: data.description,
    kind,
    severity: data.severity as Severity,
    query: data.query,
    queryFrequency: nrt ? null : parseDuration(data.queryFrequency),
    queryPeriod: nrt ? null : parseDuration(data.queryPeriod),
    triggerOperator: nrt ? "gt" : shortOperator(data.triggerOperator),
    triggerThreshold: nrt ? 0 : data.triggerThreshold,
    tactics: data.tactics ?? [],
    relevantTechniques: data.relevantTechniques ?? [],
    entityMappings: (data.entityMappings ?? []) as EntityMapping[],
    customDetails: data.customDetails ?? {},
    alertDetailsOverride: buildOverride(data.alertDetailsOverride),
    aggregationKind: aggregationKindOf(data.eventGroupingSettings),
    version: data.version ?? null,
    suppressionEnabled: data.suppressionEnabled ?? false,
    suppressionDuration: data.suppressionDuration
      ? parseDuration(data.suppressionDuration)
      : null,
    dialect: document.dialect,
    file: document.source.file,
    line: document.source.startLine(),
    source: document.source,
    warnings,
  };
}

function shortOperator(operator: string): TriggerOperator {
  return OPERATOR_NAMES[operator] ?? (operator as TriggerOperator);
}

function aggregationKindOf(
  settings: { aggregationKind?: AggregationKind } | undefined,
): AggregationKind {
  return settings?.aggregationKind ?? "SingleAlert";
}

function buildOverride(
  value: Record<string, never> | undefined,
): AlertDetailsOverride | null {
  if (!value) return null;
  const properties = value.alertDynamicProperties ?? [];
  return { ...value, alertDynamicProperties: properties };
}

function ruleWarnings(document: RuleDocument): InputError[] {
  const warnings: InputError[] = [];
  const id = document.data.id;
  if (typeof id === "string" && !GUID.test(id)) {
    warnings.push(
      document.source.error(["id"], `id '${id}' is not a GUID`, {
        hint: "Sentinel's template validation requires a GUID id; generate one with uuidgen",
        kind: "warning",
      }),
    );
  }
  warnings.push(...legacyEntityWarnings(document));
  for (const field of ["queryFrequency", "queryPeriod"]) {
    const warning = durationFormWarning(document, field);
    if (warning) warnings.push(warning);
  }
  return warnings;
}

/** Columns that made entities before entity mappings existed. */
const LEGACY_ENTITY_COLUMNS = [
  "AccountCustomEntity",
  "HostCustomEntity",
  "IPCustomEntity",
  "URLCustomEntity",
  "ProcessCustomEntity",
  "FileHashCustomEntity",
];

/**
 * Warns about a legacy `*CustomEntity` column that no entity mapping maps:
 * the column alone makes no entity, and Sentinel's template validation
 * requires the mapping.
 */
function legacyEntityWarnings(document: RuleDocument): InputError[] {
  const { query, entityMappings } = document.data as {
    query?: string;
    entityMappings?: EntityMapping[];
  };
  const mapped = new Set(
    (entityMappings ?? []).flatMap((mapping) =>
      mapping.fieldMappings.map((field) => field.columnName),
    ),
  );
  return LEGACY_ENTITY_COLUMNS.filter(
    (column) => new RegExp(`\\b${column}\\b`).test(query ?? "") && !mapped.has(column),
  ).map((column) =>
    document.source.error(["query"], `the query sets ${column}, which no entity mapping maps`, {
      hint: `map ${column} in entityMappings to make an entity from it`,
      kind: "warning",
    }),
  );
}

/**
 * Warns about a duration in the form the file's dialect does not use:
 * Azure-Sentinel's template validation reads only `1h` in YAML templates,
 * and the Sentinel API only ISO 8601 (`PT1H`) in exported and ARM rules.
 * Both forms are read, so the rule still runs.
 */
function durationFormWarning(
  document: RuleDocument,
  field: string,
): InputError | undefined {
  const text = document.data[field];
  if (typeof text !== "string") return undefined;
  const ticks = parseDuration(text);
  if (ticks === null) return undefined;

  const iso = isIsoDuration(text);
  if (document.dialect === "template" && iso) {
    const message = `Azure-Sentinel's template validation rejects ISO 8601 durations in YAML templates: write ${formatDuration(ticks)}`;
    return document.source.error([field], message, {
      hint: `replace '${text}' with ${formatDuration(ticks)} in ${field}`,
      kind: "warning",
    });
  }
  if (document.dialect !== "template" && !iso) {
    const message = `the Sentinel API rejects durations such as '${text}' in exported and ARM rules: write ${formatIsoDuration(ticks)}`;
    return document.source.error([field], message, {
      hint: `replace '${text}' with ${formatIsoDuration(ticks)} in ${field}`,
      kind: "warning",
    });
  }
  return undefined;
}
