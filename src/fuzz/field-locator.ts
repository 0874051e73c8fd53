import { kindOf } from "../kql/syntax.js";
import type { Column, Table, Value } from "../kql/types.js";
import { callArguments, canonicalAggregate, columnReferences, traceColumn } from "./column-trace.js";
import { simpleName } from "./syntax.js";
import type { ParsedQuery, SyntaxNode } from "./syntax.js";

/**
 * A field of an input event: a column, and a property path inside it when
 * the column contains JSON (a `dynamic` value, or a `string` of JSON text
 * such as `ZoomLogs.ChatEvents`).
 */
export interface FieldLocator {
  column: string;
  path: string[];
}

/** Functions that pass a JSON value (or its text) through unchanged. */
const JSON_PASS = new Set(["tostring", "todynamic", "parse_json", "parsejson"]);

/**
 * Finds the input field an expression that `operator` reads comes from,
 * when the way there is only renames, `tostring`, `parse_json` and
 * property access (`parse_json(ChatEvents).Channel`). Returns `undefined`
 * for anything computed.
 */
export function locateField(
  query: ParsedQuery,
  operator: SyntaxNode,
  expression: SyntaxNode,
): FieldLocator | undefined {
  const [input, ...others] = columnReferences(expression);
  if (!input || others.length > 0) return undefined;

  const outer = accessPath(expression, input);
  const origin = traceColumn(query, operator, input);
  if (!outer || origin.kind !== "source") return undefined;

  const path: string[] = [];
  for (const step of origin.steps) {
    const inner = accessPath(step.expression, step.input);
    if (!inner) return undefined;
    path.push(...inner);
  }
  return { column: origin.column, path: [...path, ...outer] };
}

/** Reads the property path an expression applies to column `input`. */
function accessPath(expression: SyntaxNode, input: string): string[] | undefined {
  if (simpleName(expression) === input) return [];

  const kind = kindOf(expression);
  if (kind === "FunctionCallExpression") {
    const args = callArguments(expression);
    const name = canonicalAggregate(expression.Name.SimpleName);
    return JSON_PASS.has(name) && args.length === 1 ? accessPath(args[0], input) : undefined;
  }
  if (kind === "PathExpression") {
    const base = accessPath(expression.Expression, input);
    const property = simpleName(expression.Selector);
    return base && property ? [...base, property] : undefined;
  }
  if (kind === "ElementExpression") {
    const base = accessPath(expression.Expression, input);
    const key = expression.Selector?.Expression?.ConstantValue;
    return base && typeof key === "string" ? [...base, key] : undefined;
  }
  return undefined;
}

/** Formats a locator the way declared properties write it: `ChatEvents.Channel`. */
export function formatLocator(locator: FieldLocator): string {
  return [locator.column, ...locator.path].join(".");
}

/** Parses `Column` or `Column.path.to.property`. */
export function parseLocator(text: string): FieldLocator {
  const [column, ...path] = text.split(".");
  return { column, path };
}

/** Reads a field of a row; a missing property reads as `null`. */
export function readField(table: Table, row: readonly Value[], field: FieldLocator): Value {
  const index = table.columns.findIndex((c) => c.name === field.column);
  if (index < 0) return null;

  let value = jsonOf(table.columns[index], row[index]);
  for (const key of field.path) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    value = (value as Record<string, Value>)[key] ?? null;
  }
  return value;
}

/**
 * Returns a copy of a row with one field set. A JSON text column is parsed,
 * changed and written back as text; an empty or invalid text starts as `{}`.
 */
export function writeField(
  table: Table,
  row: readonly Value[],
  field: FieldLocator,
  value: Value,
): Value[] {
  const index = table.columns.findIndex((c) => c.name === field.column);
  if (index < 0) throw new Error(`column '${field.column}' is not in the table`);

  const copy = [...row];
  const column = table.columns[index];
  if (field.path.length === 0) {
    copy[index] = value;
    return copy;
  }

  const updated = setPath(jsonOf(column, row[index]), field.path, value);
  copy[index] = column.type === "string" ? JSON.stringify(updated) : updated;
  return copy;
}

function jsonOf(column: Column, value: Value): Value {
  if (column.type !== "string" || typeof value !== "string") return value;
  try {
    return JSON.parse(value) as Value;
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return value;
    throw error;
  }
}

function setPath(target: Value, path: readonly string[], value: Value): Value {
  const [key, ...rest] = path;
  const base =
    target && typeof target === "object" && !Array.isArray(target)
      ? { ...(target as Record<string, Value>) }
      : {};
  base[key] = rest.length === 0 ? value : setPath(base[key] ?? null, rest, value);
  return base;
}
