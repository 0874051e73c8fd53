import type { Column, KustoType, Table, Value } from "../kql/types.js";
import { valueToJson } from "../kql/values/index.js";
import type { AlertDiff, AlertPair } from "../report/types.js";
import {
  actualView,
  compareFields,
  expectedView,
  namedFields,
  type ActualAlert,
} from "./alert-fields.js";
import type { CaseExpectation, ExpectedAlert } from "./case-loader.js";
import { matchItems, unpairedActual } from "./matching.js";
import { valuesEqual } from "./value-equality.js";

export type { ActualAlert } from "./alert-fields.js";

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
  /**
   * The case file line a failure is reported at: a named column that the
   * result lacks, else the first unmatched expected alert or row. Left out
   * when only `triggered` differs.
   */
  readonly line?: number;
}

/** The differences that one part of the expectation found. */
interface Finding {
  readonly diff: AlertDiff;
  readonly problems: string[];
  readonly line?: number;
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

  let finding: Finding = { diff: { missing: [], unexpected: [] }, problems: [] };
  if (expect.alerts) finding = diffAlerts(expect.alerts, run);
  if (expect.rows) finding = diffRows(expect, run.result, options.ordered ?? false);
  problems.push(...finding.problems);

  const { diff, line } = finding;
  if (problems.length > 0) return { passed: false, message: problems.join("; "), diff, line };
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

function diffAlerts(expected: readonly ExpectedAlert[], run: ActualRun): Finding {
  const types = columnTypes(run.result.columns);
  const pairs = matchItems(expected.length, run.alerts.length, (e, a) =>
    alertMatches(expected[e], run.alerts[a], types),
  );
  const missing = expected.filter((_, index) => pairs[index] === -1);
  const unexpected = unpairedActual(pairs, run.alerts.length).map((index) => run.alerts[index]);
  const named = namedFields(expected);
  const diff: AlertDiff = {
    missing: missing.map(expectedView),
    unexpected: unexpected.map((alert) => actualView(alert, named)),
  };
  const closest = pairClosest(missing, unexpected, types);
  if (closest.length > 0) diff.pairs = closest;

  const absent = absentColumns(missing, run.result.columns);
  const problems = [...absent.problems, ...countProblems(diff, "alert")];
  if (missing.length > 0 && groupedIntoOneAlert(run)) {
    problems.push(
      `the run raised 1 alert for ${run.result.rows.length} result rows, because the rule groups them into one alert (Sentinel's default, SingleAlert); expect one alert, or set eventGroupingSettings.aggregationKind to AlertPerResult`,
    );
  }
  return { diff, problems, line: absent.line ?? missing[0]?.line };
}

/** Tells whether several result rows raised a single alert. */
function groupedIntoOneAlert(run: ActualRun): boolean {
  return run.alerts.length === 1 && run.result.rows.length > 1;
}

/**
 * Pairs each missing alert with the unexpected alert that meets most of
 * its named fields, best pairs first, so a diff can show only what differs.
 */
function pairClosest(
  missing: readonly ExpectedAlert[],
  unexpected: readonly ActualAlert[],
  types: ReadonlyMap<string, KustoType>,
): AlertPair[] {
  const candidates = missing.flatMap((expected, m) =>
    unexpected.map((actual, u) => {
      const fields = compareFields(expected, actual, types);
      const score = fields.filter((field) => field.matches).length;
      return { missing: m, unexpected: u, line: expected.line, fields, score };
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.missing - b.missing || a.unexpected - b.unexpected);

  const usedMissing = new Set<number>();
  const usedUnexpected = new Set<number>();
  const pairs: AlertPair[] = [];
  for (const { score: _score, ...pair } of candidates) {
    if (usedMissing.has(pair.missing) || usedUnexpected.has(pair.unexpected)) continue;
    usedMissing.add(pair.missing);
    usedUnexpected.add(pair.unexpected);
    pairs.push(pair);
  }
  return pairs.sort((a, b) => a.missing - b.missing);
}

/**
 * Explains each column an expectation names that the result of the rule
 * does not have, since such an expectation can never match. Returns the
 * line of the first such column key.
 */
function absentColumns(
  expected: readonly Pick<ExpectedAlert, "columns" | "columnLines">[],
  columns: readonly Column[],
): { problems: string[]; line?: number } {
  const names = new Set(columns.map((column) => column.name));
  const listed = columns.map((column) => column.name).join(", ");
  const problems: string[] = [];
  let line: number | undefined;
  for (const item of expected) {
    for (const name of Object.keys(item.columns ?? {})) {
      if (names.has(name)) continue;
      const problem = `column '${name}' is not in the result of the rule; its columns are: ${listed}`;
      if (!problems.includes(problem)) problems.push(problem);
      line ??= item.columnLines?.[name];
    }
  }
  return { problems, line };
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
  return compareFields(expected, actual, types).every((field) => field.matches);
}

function diffRows(expect: CaseExpectation, result: Table, ordered: boolean): Finding {
  const expected = expect.rows ?? [];
  const actual = result.rows.map((row) => rowObject(result.columns, row));
  const matches = (e: number, a: number) => rowMatches(expected[e], result.columns, result.rows[a]);
  const pairs = ordered
    ? expected.map((_, index) => (index < actual.length && matches(index, index) ? index : -1))
    : matchItems(expected.length, actual.length, matches);
  const diff: AlertDiff = {
    kind: "rows",
    missing: expected.filter((_, index) => pairs[index] === -1),
    unexpected: unpairedActual(pairs, actual.length).map((index) => actual[index]),
  };

  const rows = expected.map((columns) => ({ columns }));
  const absent = absentColumns(rows, result.columns);
  const problems = [...absent.problems, ...rowProblems(diff)];
  const firstMissing = pairs.indexOf(-1);
  return { diff, problems, line: firstMissing < 0 ? undefined : expect.rowLines?.[firstMissing] };
}

/** Counts missing and unexpected rows, and states how `rows` compares them. */
function rowProblems(diff: AlertDiff): string[] {
  const counts: string[] = [];
  if (diff.missing.length > 0) counts.push(plural(diff.missing.length, "missing row"));
  if (diff.unexpected.length > 0) counts.push(plural(diff.unexpected.length, "unexpected row"));
  if (counts.length === 0) return [];
  const rule = "`rows` compares every column of the result, and a column a row leaves out must be empty";
  return [`${counts.join(", ")} (${rule})`];
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
