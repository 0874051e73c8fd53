import { InputError } from "../errors.js";
import type { CompiledQuery, CompileOptions } from "../kql/api.js";
import { compileQuery } from "../kql/index.js";
import { queryPositionMap, rebaseQueryError } from "./query-position.js";
import type { PathSegment } from "./rule-source.js";
import type { CompiledRule, Rule } from "./types.js";

/** A function that compiles KQL, such as the engine's `compileQuery`. */
export type QueryCompiler = (
  text: string,
  options: CompileOptions,
) => CompiledQuery;

export interface CompileRuleResult {
  readonly compiled: CompiledRule | null;
  readonly errors: InputError[];
}

/** A result column the rule maps, and where the rule names it. */
interface MappedColumn {
  readonly column: string;
  readonly path: PathSegment[];
  /** The mapping's name in messages: `entity Account, identifier FullName,`. */
  readonly use: string;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/**
 * Compiles a rule's query once and checks that every column the rule maps
 * (entity identifiers, custom details, alert details placeholders and
 * columns) is in the query's result. Engine errors are moved from the
 * query text onto the rule file. Returns every problem found.
 */
export function tryCompileRule(
  rule: Rule,
  options: CompileOptions,
  compile: QueryCompiler = compileQuery,
): CompileRuleResult {
  let query: CompiledQuery;
  try {
    query = compile(rule.query, options);
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    const map = queryPositionMap(rule.source, rule.query);
    const rebased = rebaseQueryError(error, rule.source, map);
    return { compiled: null, errors: [rebased] };
  }

  const errors = missingColumnErrors(rule, query);
  return { compiled: errors.length > 0 ? null : { rule, query }, errors };
}

/** Compiles a rule like `tryCompileRule`, raising its first problem. */
export function compileRule(
  rule: Rule,
  options: CompileOptions,
  compile: QueryCompiler = compileQuery,
): CompiledRule {
  const { compiled, errors } = tryCompileRule(rule, options, compile);
  if (!compiled) throw errors[0];
  return compiled;
}

function missingColumnErrors(rule: Rule, query: CompiledQuery): InputError[] {
  const available = new Set(query.resultColumns.map((column) => column.name));
  const listed = query.resultColumns.map((column) => column.name).join(", ");
  return mappedColumns(rule)
    .filter((mapped) => !available.has(mapped.column))
    .map((mapped) =>
      rule.source.error(
        mapped.path,
        `${mapped.use} uses column '${mapped.column}', which is not in the query's result`,
        {
          hint: `the result has ${listed || "no columns"}; correct the column name or add the column to the query's output`,
          kind: "schema",
        },
      ),
    );
}

/** Lists every result column the rule reads, with where the rule names it. */
export function mappedColumns(rule: Rule): MappedColumn[] {
  const columns: MappedColumn[] = [];
  for (const [index, mapping] of rule.entityMappings.entries()) {
    for (const [fieldIndex, field] of mapping.fieldMappings.entries()) {
      columns.push({
        column: field.columnName,
        path: [
          "entityMappings",
          index,
          "fieldMappings",
          fieldIndex,
          "columnName",
        ],
        use: `entity ${mapping.entityType}, identifier ${field.identifier},`,
      });
    }
  }
  for (const [key, column] of Object.entries(rule.customDetails)) {
    const use = `custom detail ${key}`;
    columns.push({ column, path: ["customDetails", key], use });
  }
  columns.push(...overrideColumns(rule));
  return columns;
}

function overrideColumns(rule: Rule): MappedColumn[] {
  const override = rule.alertDetailsOverride;
  if (!override) return [];

  const columns: MappedColumn[] = [];
  const formats = ["alertDisplayNameFormat", "alertDescriptionFormat"] as const;
  for (const field of formats) {
    for (const column of placeholderColumns(override[field] ?? "")) {
      const path = ["alertDetailsOverride", field];
      columns.push({ column, path, use: field });
    }
  }
  const columnFields = [
    "alertTacticsColumnName",
    "alertSeverityColumnName",
  ] as const;
  for (const field of columnFields) {
    const column = override[field];
    const path = ["alertDetailsOverride", field];
    if (column) columns.push({ column, path, use: field });
  }
  for (const [index, property] of override.alertDynamicProperties.entries()) {
    columns.push({
      column: property.value,
      path: ["alertDetailsOverride", "alertDynamicProperties", index, "value"],
      use: `alert property ${property.alertProperty}`,
    });
  }
  return columns;
}

/** Returns the columns of a format's `{{Column}}` placeholders, in order. */
export function placeholderColumns(format: string): string[] {
  return [...format.matchAll(PLACEHOLDER)].map((match) => match[1].trim());
}
