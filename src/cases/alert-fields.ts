import type { KustoType } from "../kql/types.js";
import type { FieldComparison } from "../report/types.js";
import type { ExpectedAlert } from "./case-loader.js";
import { canonicalOf, valuesEqual } from "./value-equality.js";

/** An alert as the rule model raises it; only these fields are compared. */
export interface ActualAlert {
  readonly columns: Readonly<Record<string, unknown>>;
  readonly entities: readonly Readonly<Record<string, unknown>>[];
  readonly customDetails?: Readonly<Record<string, unknown>>;
  readonly name?: string;
  readonly description?: string;
  readonly severity?: string;
  readonly tactics?: readonly string[];
}

const DETAIL_FIELDS = ["name", "description", "severity"] as const;

/**
 * Compares every field an expectation names with the actual alert: each
 * column, then the entity list, the custom details, the alert details and
 * the tactics. A column the alert lacks never matches and has no `actual`.
 */
export function compareFields(
  expected: ExpectedAlert,
  actual: ActualAlert,
  types: ReadonlyMap<string, KustoType>,
): FieldComparison[] {
  const fields: FieldComparison[] = [];
  for (const [column, value] of Object.entries(expected.columns ?? {})) {
    fields.push(compareColumn(column, value, actual.columns, types.get(column)));
  }
  if (expected.entities) {
    const matches = sameMultiset(expected.entities, actual.entities, entityKey);
    fields.push({ field: "entities", expected: expected.entities, actual: actual.entities, matches });
  }
  if (expected.customDetails) {
    const details = actual.customDetails ?? {};
    const matches = detailsMatch(expected.customDetails, details);
    fields.push({ field: "customDetails", expected: expected.customDetails, actual: details, matches });
  }
  for (const field of DETAIL_FIELDS) {
    if (expected[field] === undefined) continue;
    const matches = expected[field] === actual[field];
    fields.push({ field, expected: expected[field], actual: actual[field], matches });
  }
  if (expected.tactics) {
    const tactics = actual.tactics ?? [];
    const matches = sameMultiset(expected.tactics, tactics, String);
    fields.push({ field: "tactics", expected: expected.tactics, actual: tactics, matches });
  }
  return fields;
}

function compareColumn(
  column: string,
  expected: unknown,
  actual: Readonly<Record<string, unknown>>,
  type: KustoType | undefined,
): FieldComparison {
  if (!(column in actual)) return { field: column, expected, matches: false };
  const matches = valuesEqual(expected, actual[column], type);
  return { field: column, expected, actual: actual[column], matches };
}

/** Custom details are compared as a whole map, each value as JSON. */
function detailsMatch(
  expected: Readonly<Record<string, unknown>>,
  actual: Readonly<Record<string, unknown>>,
): boolean {
  const keys = Object.keys(expected);
  if (keys.length !== Object.keys(actual).length) return false;
  return keys.every((key) => key in actual && valuesEqual(expected[key], actual[key]));
}

/** Entities compare by type and identifiers, every value as text. */
function entityKey(entity: Readonly<Record<string, unknown>>): string {
  const text = Object.fromEntries(
    Object.entries(entity).map(([key, value]) => [key, value === null ? null : String(value)]),
  );
  return canonicalOf(text);
}

function sameMultiset<T>(expected: readonly T[], actual: readonly T[], key: (item: T) => string): boolean {
  if (expected.length !== actual.length) return false;
  const left = expected.map(key).sort();
  const right = actual.map(key).sort();
  return left.every((item, index) => item === right[index]);
}

/** The kinds of field that expectations name, to show only those of an unexpected alert. */
export interface NamedFields {
  /** Column names, or `undefined` to show every column. */
  readonly columns?: ReadonlySet<string>;
  readonly others: ReadonlySet<string>;
}

/**
 * Collects the fields the expectations name. With no expectation at all
 * (`alerts: []`), an unexpected alert shows its columns and entities.
 */
export function namedFields(expected: readonly ExpectedAlert[]): NamedFields {
  if (expected.length === 0) return { others: new Set(["entities"]) };

  const columns = new Set(expected.flatMap((alert) => Object.keys(alert.columns ?? {})));
  const others = new Set<string>();
  for (const alert of expected) {
    for (const field of ["entities", "customDetails", ...DETAIL_FIELDS, "tactics"] as const) {
      if (alert[field] !== undefined) others.add(field);
    }
  }
  return { columns, others };
}

/** Shows an actual alert in a diff with only the named fields. */
export function actualView(alert: ActualAlert, named: NamedFields): Record<string, unknown> {
  const columns = named.columns
    ? Object.fromEntries(Object.entries(alert.columns).filter(([name]) => named.columns?.has(name)))
    : alert.columns;
  const view: Record<string, unknown> = { columns };
  for (const field of ["entities", "customDetails", ...DETAIL_FIELDS, "tactics"] as const) {
    if (named.others.has(field) && alert[field] !== undefined) view[field] = alert[field];
  }
  return view;
}

/** Shows an expected alert in a diff, without its source lines. */
export function expectedView(alert: ExpectedAlert): Record<string, unknown> {
  const { line: _line, columnLines: _columnLines, ...fields } = alert;
  return fields;
}
