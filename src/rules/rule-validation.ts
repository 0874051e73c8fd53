import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { InputError } from "../errors.js";
import { parseDuration } from "./duration.js";
import { closestName } from "./closest-name.js";
import { ENTITY_TYPES } from "./entity-types.js";
import type { RuleDocument } from "./rule-dialects.js";
import { describeSchemaError } from "./rule-messages.js";
import { RULE_FIELDS } from "./rule-keys.js";
import { RULE_SCHEMA } from "./rule-schema.js";
import type { PathSegment } from "./rule-source.js";

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

let validator: ValidateFunction | undefined;

function compileValidator(): ValidateFunction {
  const ajv = new Ajv({
    allErrors: true,
    $data: true,
    verbose: true,
    strictSchema: true,
    strictTypes: false,
    strictRequired: false,
  });
  addFormats(ajv, { formats: [], keywords: true });
  ajv.addVocabulary(["x-rule"]);
  ajv.addFormat("sentinel-duration", {
    type: "string",
    validate: (text: string) => parseDuration(text) !== null,
    compare: compareDurations,
  });
  ajv.addFormat("alert-details-format", {
    type: "string",
    validate: (text: string) => countPlaceholders(text) <= 3,
  });
  return ajv.compile(RULE_SCHEMA);
}

/** Orders two durations by length; `undefined` when one is not a duration. */
function compareDurations(left: string, right: string): number | undefined {
  const a = parseDuration(left);
  const b = parseDuration(right);
  if (a === null || b === null) return undefined;
  return Math.sign(a - b);
}

/** Counts the `{{Column}}` placeholders of an alert details format. */
export function countPlaceholders(format: string): number {
  return format.match(PLACEHOLDER)?.length ?? 0;
}

/**
 * Checks a rule's fields against the rule schema and the rules JSON Schema
 * cannot state. Returns one `InputError` per violation, placed at the
 * offending key or value.
 */
export function validateRuleDocument(document: RuleDocument): InputError[] {
  validator ??= compileValidator();
  const valid = validator(document.data);
  const errors = valid ? [] : relevantErrors(validator.errors ?? []);

  const found = errors.map((error) => {
    const nearMiss = nearMissError(error, document);
    if (nearMiss) return nearMiss;
    const problem = describeSchemaError(error, document.data, document.dialect);
    return document.source.error(problem.path, problem.message, problem);
  });
  return [...found, ...duplicateIdentifierErrors(document)];
}

/**
 * Explains a missing top-level field that a misspelt key most likely
 * means (`queryFrequncy` for queryFrequency), placed at that key.
 */
function nearMissError(error: ErrorObject, document: RuleDocument): InputError | undefined {
  if (error.keyword !== "required" || error.instancePath !== "") return undefined;
  const field = String(error.params.missingProperty);
  const key = document.unknownKeys.find((name) => closestName(name, RULE_FIELDS) === field);
  if (key === undefined) return undefined;

  const { line } = document.source.locate([key]);
  return document.source.error([key], `missing ${field}; did you mean '${key}' at line ${line}?`, {
    hint: `rename '${key}' to ${field}`,
  });
}

/**
 * Drops the errors that only explain another one: the failed `if` of an
 * if/then, the `contains` branches of a failed required-identifier `anyOf`,
 * the wrapper of a failed `propertyNames`, and repeats.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const failedAnyOf = errors
    .filter((error) => error.keyword === "anyOf")
    .map((error) => error.schemaPath);
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (error.keyword === "if" || error.keyword === "propertyNames") return false;
    const inAnyOf = (path: string) => error.schemaPath.startsWith(`${path}/`);
    if (failedAnyOf.some(inAnyOf)) return false;

    // The duration format is checked by two subschemas of queryPeriod.
    const key = `${error.instancePath} ${error.keyword} ${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function duplicateIdentifierErrors(document: RuleDocument): InputError[] {
  const mappings = document.data.entityMappings;
  if (!Array.isArray(mappings)) return [];

  const errors: InputError[] = [];
  for (const [index, mapping] of mappings.entries()) {
    const fields: unknown = mapping?.fieldMappings;
    if (!Array.isArray(fields)) continue;
    if (!(mapping.entityType in ENTITY_TYPES)) continue;

    const seen = new Set<unknown>();
    for (const [fieldIndex, field] of fields.entries()) {
      const identifier: unknown = field?.identifier;
      if (!seen.has(identifier)) {
        seen.add(identifier);
        continue;
      }
      const path: PathSegment[] = [
        "entityMappings",
        index,
        "fieldMappings",
        fieldIndex,
        "identifier",
      ];
      errors.push(
        document.source.error(
          path,
          `identifier '${String(identifier)}' is mapped twice in the ${mapping.entityType} entity mapping`,
          { hint: "map each identifier once per entity mapping" },
        ),
      );
    }
  }
  return errors;
}
