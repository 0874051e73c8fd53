import { InputError } from "../errors.js";
import { kindOf } from "../kql/syntax.js";
import type { Table, Value } from "../kql/types.js";
import { valueToJson } from "../kql/values/index.js";
import {
  callArguments,
  columnReferences,
  findLetExpression,
  summarizeByKeys,
  summarizeOutputNames,
} from "./column-trace.js";
import { locateField } from "./field-locator.js";
import type { FieldLocator } from "./field-locator.js";
import type { SeedSource } from "./generated-seeds.js";
import type { RuleRunner, Tables } from "./rule-runner.js";
import type { BoundaryScenario, Relation } from "./scenario.js";
import { findGroupRow } from "./scenario.js";
import { findAll, parseQuery } from "./syntax.js";
import type { ParsedQuery, SyntaxNode } from "./syntax.js";
import type { Measure, Threshold } from "./threshold.js";

/** A scenario, or why none could be built. */
export type ScenarioOutcome =
  | { scenario: BoundaryScenario; reason?: undefined }
  | { scenario?: undefined; reason: string };

/** The start of the name of the boundary property built from a threshold. */
export const BOUNDARY_PREFIX = "boundary: ";
/** The reason given when no generated event gets through to the threshold. */
export const NO_GENERATED_SEED = "no generated event passes the filters before the threshold";

const TIME_COLUMN = "TimeGenerated";
/** How far `n` is drawn on each side of the threshold. */
const SPREAD = 3;
/** The maximum number of pipe operators walked back to find an earlier summarize. */
const MAX_PIPE_DEPTH = 100;

/** The fields of the query the generator changes, found once per rule. */
interface QueryFields {
  /** The quantity the copies of the template change to move the compared value. */
  measure: Measure;
  varied: FieldLocator | null;
  otherKey: FieldLocator | null;
  /** True when a grouping key is computed (a time bin), so times stay fixed. */
  keyComputed: boolean;
}

/**
 * Builds the boundary scenario of a threshold from the golden cases. The
 * query with the threshold comparison replaced by `true` is run on each
 * case until one returns a row, and that row's grouping values name the
 * group. The first event of that case that makes the group's row on its
 * own is the template. When no case does, the inputs of `generate` (built
 * from the table schemas) are tried the same way. Returns a reason instead
 * when the threshold measures no count or sum, the counted field is
 * computed, or no input reaches the aggregation.
 */
export function buildBoundaryScenario(
  threshold: Threshold,
  cases: readonly SeedSource[],
  runner: RuleRunner,
  relation: Relation = threshold,
  generate?: () => readonly SeedSource[],
): ScenarioOutcome {
  if (!threshold.measure) {
    return { reason: `'${threshold.expression}' is computed from the aggregate, so its boundary is not generated` };
  }
  if (relation === threshold && threshold.antiJoinAfter !== null) {
    return {
      reason: `the compared rows pass through a '${threshold.antiJoinAfter}' join, which can turn the comparison around, so the alerting side of the boundary is not known`,
    };
  }
  if (threshold.condition !== null) {
    return { reason: `'${threshold.aggregate}' counts under a condition, which the generator does not satisfy yet` };
  }

  const fields = findQueryFields(runner.rule.query, threshold);
  if (typeof fields === "string") return { reason: fields };

  const relaxed = relaxQuery(runner.rule.query, threshold);
  const seed =
    findSeed(cases, runner, relaxed, threshold) ??
    (generate && findSeed(generate(), runner, relaxed, threshold));
  if (!seed) {
    if (generate) return { reason: NO_GENERATED_SEED };
    return { reason: "no golden case has an event that reaches the aggregation on its own" };
  }
  const scenario: BoundaryScenario = {
    name: `${BOUNDARY_PREFIX}${threshold.column} ${relation.operator} ${relation.value}`,
    table: seed.table,
    template: seed.template,
    tables: seed.item.tables,
    at: seed.item.at,
    measure: fields.measure,
    varied: fields.varied,
    timeColumn: fields.keyComputed ? null : TIME_COLUMN,
    otherKey: fields.otherKey,
    group: seed.group,
    relation,
    column: threshold.column,
    range: rangeAround(relation.value, threshold.groupBy.length > 0 ? 1 : 0),
    source: seed.item.file,
  };
  return { scenario };
}

/** Draws `n` within three of the threshold, never below `min`. */
export function rangeAround(value: number, min: number): { min: number; max: number } {
  return {
    min: Math.max(min, Math.floor(value) - SPREAD),
    max: Math.max(min, Math.ceil(value) + SPREAD),
  };
}

/** Replaces the threshold comparison by `true`, so every group reaches the result. */
export function relaxQuery(query: string, threshold: Threshold): string {
  const end = threshold.comparisonOffset + threshold.comparisonLength;
  return `${query.slice(0, threshold.comparisonOffset)}true${query.slice(end)}`;
}

function findQueryFields(query: string, threshold: Threshold): QueryFields | string {
  const parsed = parseQuery(query);
  const call = findAll(parsed.root, "FunctionCallExpression").find(
    (node) => node.TextStart === threshold.aggregateOffset,
  );
  const summarize = call && enclosingSummarize(call);
  if (!summarize) return "the aggregation of the threshold was not found again";

  const counted = findCounted(parsed, summarize, call, threshold);
  if (typeof counted === "string") return counted;

  const keys = summarizeByKeys(summarize);
  const located = keys.map((key) => locateKey(parsed, summarize, key));
  const otherKey = located.find((field) => field !== undefined) ?? null;
  const keyComputed = located.some((field) => field === undefined);
  return { ...counted, otherKey, keyComputed };
}

/**
 * Finds what the copies of the template must vary. A `count()` whose input
 * comes from an earlier `summarize` counts that summarize's groups, not
 * events, so the copies then take distinct values of one of its keys.
 */
function findCounted(
  query: ParsedQuery,
  summarize: SyntaxNode,
  call: SyntaxNode,
  threshold: Threshold,
): Pick<QueryFields, "measure" | "varied"> | string {
  const measure = threshold.measure as Measure;
  if (measure !== "rows") {
    const varied = locateCounted(query, summarize, call);
    if (varied) return { measure, varied };
    return `'${threshold.counts}' is not a field of the input events, so it cannot be varied`;
  }

  const earlier = earlierSummarize(query, summarize);
  if (!earlier) return { measure, varied: null };
  if (earlier.filtered) {
    return "the aggregate counts the groups of an earlier summarize whose rows are filtered, so its boundary is not generated";
  }
  const varied = locateGroupKey(query, earlier.summarize, summarize);
  if (varied) return { measure: "distinct", varied };
  return "the aggregate counts the groups of an earlier summarize that has no input field among its own keys, so its boundary is not generated";
}

interface EarlierSummarize {
  summarize: SyntaxNode;
  /** True when a `where` lies between it and the later summarize. */
  filtered: boolean;
}

/** Finds the closest `summarize` upstream of another in its pipeline. */
function earlierSummarize(
  query: ParsedQuery,
  summarize: SyntaxNode,
): EarlierSummarize | undefined {
  let filtered = false;
  let expression = summarize.Parent?.Expression as SyntaxNode | undefined;
  for (let depth = 0; expression && depth < MAX_PIPE_DEPTH; depth++) {
    const kind = kindOf(expression);
    if (kind === "ParenthesizedExpression") {
      expression = expression.Expression;
    } else if (kind === "NameReference") {
      expression = findLetExpression(query, expression.SimpleName);
    } else if (kind === "PipeExpression") {
      const operator = kindOf(expression.Operator);
      if (operator === "SummarizeOperator") {
        return { summarize: expression.Operator, filtered };
      }
      if (operator === "FilterOperator") filtered = true;
      expression = expression.Expression;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** Locates a key of `earlier` that `later` does not group by, as an input field. */
function locateGroupKey(
  query: ParsedQuery,
  earlier: SyntaxNode,
  later: SyntaxNode,
): FieldLocator | undefined {
  const laterKeys = summarizeByKeys(later);
  const laterNames = new Set(summarizeOutputNames(later, laterKeys.length, []));
  const keys = summarizeByKeys(earlier);
  const names = summarizeOutputNames(earlier, keys.length, []);
  for (const [index, key] of keys.entries()) {
    if (laterNames.has(names[index])) continue;
    const field = locateKey(query, earlier, key);
    if (field) return field;
  }
  return undefined;
}

function enclosingSummarize(node: SyntaxNode): SyntaxNode | undefined {
  for (let parent = node.Parent; parent; parent = parent.Parent) {
    if (kindOf(parent) === "SummarizeOperator") return parent;
  }
  return undefined;
}

function locateCounted(
  query: ParsedQuery,
  summarize: SyntaxNode,
  call: SyntaxNode,
): FieldLocator | undefined {
  const [counted] = callArguments(call);
  return counted ? locateField(query, summarize, counted) : undefined;
}

function locateKey(
  query: ParsedQuery,
  summarize: SyntaxNode,
  key: SyntaxNode,
): FieldLocator | undefined {
  const expression = kindOf(key) === "SimpleNamedExpression" ? key.Expression : key;
  if (columnReferences(expression).includes(TIME_COLUMN)) return undefined;
  return locateField(query, summarize, expression);
}

interface Seed {
  item: SeedSource;
  table: string;
  template: readonly Value[];
  group: Record<string, unknown>;
}

function findSeed(
  cases: readonly SeedSource[],
  runner: RuleRunner,
  relaxed: string,
  threshold: Threshold,
): Seed | undefined {
  for (const item of cases) {
    const run = tryRun(runner, item.tables, item.at, relaxed);
    const row = run?.result.rows[0];
    if (!run || !row) continue;

    const group = groupOf(run.result, row, threshold.groupBy);
    const template = findTemplate(item, runner, relaxed, group);
    if (template) return { item, ...template, group };
  }
  return undefined;
}

function groupOf(result: Table, row: readonly Value[], keys: readonly string[]): Record<string, unknown> {
  const group: Record<string, unknown> = {};
  result.columns.forEach((column, index) => {
    if (keys.includes(column.name)) group[column.name] = valueToJson(row[index], column.type);
  });
  return group;
}

function findTemplate(
  item: SeedSource,
  runner: RuleRunner,
  relaxed: string,
  group: Record<string, unknown>,
): { table: string; template: readonly Value[] } | undefined {
  for (const [name, table] of Object.entries(item.tables)) {
    for (const row of table.rows) {
      const tables = { ...item.tables, [name]: { columns: table.columns, rows: [row] } };
      const run = tryRun(runner, tables, item.at, relaxed);
      if (run && findGroupRow(group, run.result)) return { table: name, template: row };
    }
  }
  return undefined;
}

function tryRun(runner: RuleRunner, tables: Tables, at: number, query: string) {
  try {
    return runner.run(tables, at, query);
  } catch (error: unknown) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}
