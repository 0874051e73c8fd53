import type { Column, KustoType, Table, Value } from "../kql/types.js";
import { valueToJson } from "../kql/values/index.js";
import type { AlertDiff } from "../report/types.js";
import type { CaseExpectation, ExpectedAlert } from "./case-loader.js";
import { matchItems, unpairedActual } from "./matching.js";
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

/** The outcome of one scheduled run of a rule. */
export interface ActualRun {
  readonly result: Table;
  readonly triggered: boolean;
  readonly alerts: readonly ActualAlert[];
}

/** The verdict on one case, before `xfail` is applied. */
export interface Comparison {
  readonly passed: boolean;
  /** One line: what matched, or what differs. */
  readonly message: string;
  readonly diff: AlertDiff;
}

/**
 * Compares a run with a case's expectation: `triggered` when given, then
 * either `alerts` (one actual alert per expectation, matched in any order;
 * an actual alert no expectation matches is unexpected) or `rows` (the
 * exact result table, as a multiset unless `ordered`).
 */
export function compareRun(
  expect: CaseExpectation,
  run: ActualRun,
  options: { ordered?: boolean } = {},
): Comparison {
  const problems: string[] = [];
  if (expect.triggered !== undefined && expect.triggered !== run.triggered) {
    problems.push(`expected triggered ${expect.triggered}, got ${run.triggered}`);
  }

  let diff: AlertDiff = { missing: [], unexpected: [] };
  if (expect.alerts) {
    diff = diffAlerts(expect.alerts, run);
    problems.push(...countProblems(diff, "alert"));
  }
  if (expect.rows) {
    diff = diffRows(expect.rows, run.result, options.ordered ?? false);
    problems.push(...countProblems(diff, "row"));
  }

  if (problems.length > 0) return { passed: false, message: problems.join("; "), diff };
  return { passed: true, message: describePass(expect, run), diff };
}

function countProblems(diff: AlertDiff, noun: string): string[] {
  const problems: string[] = [];
  if (diff.missing.length > 0) {
    problems.push(`${plural(diff.missing.length, `expected ${noun}`)} missing`);
  }
  if (diff.unexpected.length > 0) {
    problems.push(plural(diff.unexpected.length, `unexpected ${noun}`));
  }
  return problems;
}

function describePass(expect: CaseExpectation, run: ActualRun): string {
  if (expect.rows) return `${plural(run.result.rows.length, "row")} as expected`;
  if (expect.alerts) return `${plural(run.alerts.length, "alert")} as expected`;
  return run.triggered ? "triggered, as expected" : "not triggered, as expected";
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function diffAlerts(expected: readonly ExpectedAlert[], run: ActualRun): AlertDiff {
  const types = columnTypes(run.result.columns);
  const pairs = matchItems(expected.length, run.alerts.length, (e, a) =>
    alertMatches(expected[e], run.alerts[a], types),
  );
  const expectedNames = namedColumns(expected);
  return {
    missing: expected.filter((_, index) => pairs[index] === -1).map(expectedView),
    unexpected: unpairedActual(pairs, run.alerts.length).map((index) =>
      actualView(run.alerts[index], expectedNames),
    ),
  };
}

/** Returns the columns any expectation names, or undefined when none does. */
function namedColumns(expected: readonly ExpectedAlert[]): Set<string> | undefined {
  const names = expected.flatMap((alert) => Object.keys(alert.columns ?? {}));
  return names.length > 0 ? new Set(names) : undefined;
}

function columnTypes(columns: readonly Column[]): Map<string, KustoType> {
  return new Map(columns.map((column) => [column.name, column.type]));
}

/** Tells whether an actual alert meets every field an expectation gives. */
export function alertMatches(
  expected: ExpectedAlert,
  actual: ActualAlert,
  types: ReadonlyMap<string, KustoType> = new Map(),
): boolean {
  if (expected.columns && !columnsMatch(expected.columns, actual.columns, types)) return false;
  if (expected.entities && !sameMultiset(expected.entities, actual.entities, entityKey)) {
    return false;
  }
  if (expected.customDetails && !detailsMatch(expected.customDetails, actual.customDetails ?? {})) {
    return false;
  }
  for (const field of ["name", "description", "severity"] as const) {
    if (expected[field] !== undefined && expected[field] !== actual[field]) return false;
  }
  if (expected.tactics && !sameMultiset(expected.tactics, actual.tactics ?? [], String)) {
    return false;
  }
  return true;
}

function columnsMatch(
  expected: Readonly<Record<string, unknown>>,
  actual: Readonly<Record<string, unknown>>,
  types: ReadonlyMap<string, KustoType>,
): boolean {
  return Object.entries(expected).every(
    ([column, value]) => column in actual && valuesEqual(value, actual[column], types.get(column)),
  );
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

function expectedView(alert: ExpectedAlert): Record<string, unknown> {
  const { line: _line, ...fields } = alert;
  return fields;
}

/**
 * Shows an actual alert in a diff. When expectations name columns, only
 * those columns are shown, so the diff lines up with what was expected.
 */
function actualView(alert: ActualAlert, shown?: ReadonlySet<string>): Record<string, unknown> {
  const columns = shown
    ? Object.fromEntries(Object.entries(alert.columns).filter(([name]) => shown.has(name)))
    : alert.columns;
  const view: Record<string, unknown> = { columns, entities: alert.entities };
  for (const field of ["customDetails", "name", "description", "severity", "tactics"] as const) {
    if (alert[field] !== undefined) view[field] = alert[field];
  }
  return view;
}

function diffRows(
  expected: readonly Readonly<Record<string, unknown>>[],
  result: Table,
  ordered: boolean,
): AlertDiff {
  const actual = result.rows.map((row) => rowObject(result.columns, row));
  const matches = (e: number, a: number) => rowMatches(expected[e], result.columns, result.rows[a]);
  const pairs = ordered
    ? expected.map((_, index) => (index < actual.length && matches(index, index) ? index : -1))
    : matchItems(expected.length, actual.length, matches);
  return {
    missing: expected.filter((_, index) => pairs[index] === -1),
    unexpected: unpairedActual(pairs, actual.length).map((index) => actual[index]),
  };
}

/**
 * An expected row equals an actual one when every result column matches.
 * A column the expectation leaves out must be null (empty text for a
 * `string` column). A name that is not a result column never matches.
 */
function rowMatches(
  expected: Readonly<Record<string, unknown>>,
  columns: readonly Column[],
  row: readonly Value[],
): boolean {
  const names = new Set(columns.map((column) => column.name));
  if (Object.keys(expected).some((name) => !names.has(name))) return false;
  return columns.every((column, index) =>
    valuesEqual(expected[column.name] ?? null, valueToJson(row[index], column.type), column.type),
  );
}

function rowObject(columns: readonly Column[], row: readonly Value[]): Record<string, unknown> {
  return Object.fromEntries(
    columns.map((column, index) => [column.name, valueToJson(row[index], column.type)]),
  );
}

/**
 * Tells whether a query's result rows come out in a defined order: true when
 * its last row-reordering tabular operator is `sort`, `order` or `top`.
 *
 * NOTE: this reads the query text, not its plan: only the top-level
 * operators of the last statement count, so a sorted subquery whose order
 * the outer query keeps is read as unordered.
 */
export function querySorts(query: string): boolean {
  let ordered = false;
  for (const segment of pipeSegments(query)) {
    const operator = /^\s*([a-z-]+)/i.exec(segment)?.[1].toLowerCase() ?? "";
    if (["sort", "order", "top"].includes(operator)) ordered = true;
    else if (REORDERING.has(operator)) ordered = false;
  }
  return ordered;
}

const REORDERING = new Set([
  "summarize",
  "join",
  "union",
  "distinct",
  "lookup",
  "make-series",
  "top-nested",
  "top-hitters",
  "sample",
  "sample-distinct",
]);

function pipeSegments(query: string): string[] {
  const text = query.replace(/\/\/[^\n]*/g, "");
  const segments: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      if (char === "\\") index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if ("([{".includes(char)) depth += 1;
    else if (")]}".includes(char)) depth -= 1;
    else if (char === "|" && depth === 0) {
      segments.push(text.slice(start, index));
      start = index + 1;
    } else if (char === ";" && depth === 0) {
      segments.length = 0;
      start = index + 1;
    }
  }
  segments.push(text.slice(start));
  return segments.slice(1);
}
