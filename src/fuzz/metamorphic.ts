import fc from "fast-check";
import type { GoldenCase } from "../cases/case-loader.js";
import { TICKS_PER_SECOND } from "../kql/types.js";
import type { Table, Value } from "../kql/types.js";
import { runWindow } from "../rules/run.js";
import type { RuleRun } from "../rules/types.js";
import type { CaseExpect } from "./case-writer.js";
import { canonicalAggregate } from "./column-trace.js";
import { writeField } from "./field-locator.js";
import type { PropertySpec } from "./property-check.js";
import { alertsKey } from "./rule-runner.js";
import type { RuleRunner, Tables } from "./rule-runner.js";
import { isSatisfied } from "./scenario.js";
import type { BoundaryScenario } from "./scenario.js";
import { changeField, findStringFilters, flipCase } from "./string-filters.js";
import type { StringFilter } from "./string-filters.js";
import { findAll, parseQuery } from "./syntax.js";
import type { ParsedQuery } from "./syntax.js";
import { expectationOf } from "./suggestions.js";
import type { Threshold } from "./threshold.js";

/** The rule runner, cases and threshold the metamorphic properties start from. */
export interface MetamorphicContext {
  runner: RuleRunner;
  /** Golden cases that pass on the rule. */
  cases: readonly GoldenCase[];
  threshold?: Threshold;
  scenario?: BoundaryScenario;
}

/** The properties that apply to a rule, and why the others do not. */
export interface MetamorphicPlan {
  specs: PropertySpec<never>[];
  skipped: { name: string; reason: string }[];
}

/** A golden case with the alerts the rule raises on it. */
interface Seed {
  item: GoldenCase;
  run: RuleRun;
}

const TIME_COLUMN = "TimeGenerated";
const ORDER_OPERATORS = new Set(["TakeOperator", "TopOperator", "SampleOperator", "SerializeOperator", "TopNestedOperator"]);
const ORDER_FUNCTIONS = new Set(["row_number", "prev", "next", "row_cumsum", "arg_max", "arg_min", "any", "take_any", "anyif", "take_anyif"]);

/**
 * Plans the metamorphic properties of a rule over its passing golden cases.
 * Row order does not change the alerts, unless the query depends on order.
 * Events of other groups do not change a group's alert. A duplicate event
 * does not change a distinct count. Events moved before the queryPeriod
 * window act like no events. Changing the case of a value compared
 * case-insensitively changes nothing, but a `==` comparison rejects it.
 */
export function planMetamorphic(context: MetamorphicContext): MetamorphicPlan {
  const plan: MetamorphicPlan = { specs: [], skipped: [] };
  const seeds = context.cases.map((item) => ({
    item,
    run: context.runner.run(item.tables, item.at),
  }));
  const alerting = seeds.filter((seed) => seed.run.alerts.length > 0);
  const query = parseQuery(context.runner.rule.query);

  const add = <T>(name: string, spec: PropertySpec<T> | string) => {
    if (typeof spec === "string") plan.skipped.push({ name, reason: spec });
    else plan.specs.push(spec as unknown as PropertySpec<never>);
  };
  add("row order", rowOrder(context, seeds, query));
  add("other groups", otherGroups(context, alerting));
  add("duplicate events", duplicates(context, alerting));
  add("before the window", beforeWindow(context, alerting));
  for (const filter of findStringFilters(query)) {
    add(`case of ${filter.text}`, caseChange(context, alerting, filter));
  }
  return plan;
}

function rowOrder(
  context: MetamorphicContext,
  seeds: Seed[],
  query: ParsedQuery,
): PropertySpec<{ seed: number; orders: number[][] }> | string {
  const reason = orderDependence(query);
  if (reason) return `the query depends on row order (${reason})`;
  if (seeds.length === 0) return "no golden case passes";

  const arbitrary = fc.nat(seeds.length - 1).chain((seed) =>
    fc.record({
      seed: fc.constant(seed),
      orders: fc.tuple(...Object.values(seeds[seed].item.tables).map((t) => permutation(t.rows.length))),
    }),
  );
  const reorder = (draw: { seed: number; orders: number[][] }) => {
    const entries = Object.entries(seeds[draw.seed].item.tables);
    return Object.fromEntries(
      entries.map(([name, table], index) => [name, pickRows(table, draw.orders[index])]),
    );
  };
  return sameAlerts(context, "row order does not change the alerts", seeds, arbitrary, reorder);
}

function orderDependence(query: ParsedQuery): string | undefined {
  const operator = [...ORDER_OPERATORS].find((kind) => findAll(query.root, kind).length > 0);
  if (operator) return operator.replace(/Operator$/, "").toLowerCase();

  const call = findAll(query.root, "FunctionCallExpression").find((node) =>
    ORDER_FUNCTIONS.has(canonicalAggregate(node.Name.SimpleName)),
  );
  return call ? String(call.Name.SimpleName) : undefined;
}

function permutation(length: number): fc.Arbitrary<number[]> {
  const indexes = Array.from({ length }, (_, index) => index);
  return fc.shuffledSubarray(indexes, { minLength: length, maxLength: length });
}

function pickRows(table: Table, indexes: readonly number[]): Table {
  return { columns: table.columns, rows: indexes.map((index) => table.rows[index]) };
}

function otherGroups(
  context: MetamorphicContext,
  seeds: Seed[],
): PropertySpec<{ seed: number; others: string[] }> | string {
  const scenario = context.scenario;
  if (!scenario?.otherKey) return "no grouping field of the input events is known";
  if (isSatisfied(scenario.relation, 1)) return "a single event of another group would alert by itself";
  if (seeds.length === 0) return "no golden case raises an alert";

  const key = scenario.otherKey;
  const arbitrary = fc.record({
    seed: fc.nat(seeds.length - 1),
    others: fc.uniqueArray(fc.stringMatching(/^other-[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 }),
  });
  const addOthers = (draw: { seed: number; others: string[] }) => {
    const tables = seeds[draw.seed].item.tables;
    const source = tables[scenario.table];
    if (!source) return tables;
    const added = draw.others.map((value) => writeField(source, [...scenario.template], key, value));
    return { ...tables, [scenario.table]: { columns: source.columns, rows: [...source.rows, ...added] } };
  };
  return sameAlerts(context, "events of other groups do not change the alerts", seeds, arbitrary, addOthers);
}

function duplicates(
  context: MetamorphicContext,
  seeds: Seed[],
): PropertySpec<{ seed: number; rows: number[] }> | string {
  const threshold = context.threshold;
  const scenario = context.scenario;
  if (threshold?.measure !== "distinct" || !scenario) return "the threshold counts no distinct values";
  if (seeds.length === 0) return "no golden case raises an alert";

  const arbitrary = fc.record({
    seed: fc.nat(seeds.length - 1),
    rows: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  });
  const duplicate = (draw: { seed: number; rows: number[] }) => {
    const tables = seeds[draw.seed].item.tables;
    const source = tables[scenario.table];
    if (!source || source.rows.length === 0) return tables;
    const copies = draw.rows.map((index) => source.rows[index % source.rows.length]);
    return { ...tables, [scenario.table]: { columns: source.columns, rows: [...source.rows, ...copies] } };
  };
  const columns = [...threshold.groupBy, threshold.column];
  return {
    name: `duplicate events do not change ${threshold.column}`,
    arbitrary,
    predicate: (draw) => projected(context, duplicate(draw), seeds[draw.seed], columns),
    describe: (draw) => ({
      name: `duplicate events keep ${threshold.column}`,
      tables: duplicate(draw),
      at: seeds[draw.seed].item.at,
      expect: expectationOf(seeds[draw.seed].run, columns),
      message: `duplicating events of '${seeds[draw.seed].item.name}' changed the alerts' ${threshold.column}`,
    }),
  };
}

function projected(context: MetamorphicContext, tables: Tables, seed: Seed, columns: string[]): boolean {
  const run = context.runner.run(tables, seed.item.at);
  return keyOf(expectationOf(run, columns)) === keyOf(expectationOf(seed.run, columns));
}

function keyOf(expect: CaseExpect): string {
  const alerts = (expect.alerts ?? []).map((alert) => JSON.stringify(alert.columns)).sort();
  return JSON.stringify({ triggered: expect.triggered, alerts });
}

function beforeWindow(
  context: MetamorphicContext,
  seeds: Seed[],
): PropertySpec<{ seed: number; seconds: number }> | string {
  if (seeds.length === 0) return "no golden case raises an alert";

  const arbitrary = fc.record({ seed: fc.nat(seeds.length - 1), seconds: fc.nat(86_400) });
  const shift = (draw: { seed: number; seconds: number }) => {
    const { item } = seeds[draw.seed];
    const start = runWindow(context.runner.rule, item.at).start;
    return moveBefore(item.tables, start - draw.seconds * TICKS_PER_SECOND);
  };
  const empty = (item: GoldenCase) =>
    Object.fromEntries(Object.entries(item.tables).map(([name, t]) => [name, { columns: t.columns, rows: [] }]));
  return {
    name: "events before the queryPeriod window raise no alert",
    arbitrary,
    predicate: (draw) => {
      const { item } = seeds[draw.seed];
      const moved = context.runner.run(shift(draw), item.at);
      return alertsKey(moved) === alertsKey(context.runner.run(empty(item), item.at));
    },
    describe: (draw) => {
      const { item } = seeds[draw.seed];
      const none = context.runner.run(empty(item), item.at);
      return {
        name: `'${item.name}' moved before the window`,
        tables: shift(draw),
        at: item.at,
        expect: expectationOf(none, []),
        message: `the events of '${item.name}', moved before the queryPeriod window, still changed the alerts`,
      };
    },
  };
}

/** Moves every event so that the latest lands one tick before `limit`. */
function moveBefore(tables: Tables, limit: number): Tables {
  const times = Object.values(tables).flatMap((table) => {
    const index = table.columns.findIndex((c) => c.name === TIME_COLUMN);
    return index < 0 ? [] : table.rows.map((row) => row[index]).filter((v): v is number => typeof v === "number");
  });
  const shift = times.length > 0 ? limit - 1 - Math.max(...times) : 0;

  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => {
      const index = table.columns.findIndex((c) => c.name === TIME_COLUMN);
      const rows = table.rows.map((row) => shiftRow(row, index, shift));
      return [name, { columns: table.columns, rows }];
    }),
  );
}

function shiftRow(row: readonly Value[], index: number, shift: number): readonly Value[] {
  const time = row[index];
  if (index < 0 || typeof time !== "number") return row;
  const copy = [...row];
  copy[index] = time + shift;
  return copy;
}

function caseChange(
  context: MetamorphicContext,
  seeds: Seed[],
  filter: StringFilter,
): PropertySpec<{ seed: number; mask: boolean[] }> | string {
  if (seeds.length === 0) return "no golden case raises an alert";
  if (filter.caseSensitive && filter.constant.toUpperCase() === filter.constant.toLowerCase()) {
    return `'${filter.constant}' has no letters`;
  }

  const arbitrary = filter.caseSensitive
    ? fc.record({ seed: fc.nat(seeds.length - 1), mask: fc.constant<boolean[]>([true]) })
    : fc.record({ seed: fc.nat(seeds.length - 1), mask: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }) });
  const change = (draw: { seed: number; mask: boolean[] }) =>
    changeField(seeds[draw.seed].item.tables, filter.field, (text) => flipCase(text, draw.mask));
  if (!filter.caseSensitive) {
    const name = `changing the case in ${filter.text} does not change the alerts`;
    return sameAlerts(context, name, seeds, arbitrary, change, true);
  }
  return {
    name: `changing the case in ${filter.text} removes the alerts`,
    arbitrary,
    predicate: (draw) => {
      const run = context.runner.run(change(draw), seeds[draw.seed].item.at);
      return lowerKey(run) !== lowerKey(seeds[draw.seed].run);
    },
    describe: (draw) => ({
      name: `'${seeds[draw.seed].item.name}' with the case of ${filter.field.column} changed`,
      tables: change(draw),
      at: seeds[draw.seed].item.at,
      message: `'${filter.operator}' is case-sensitive, but changing the case of ${filter.field.column} kept the alerts of '${seeds[draw.seed].item.name}'`,
    }),
  };
}

function lowerKey(run: RuleRun): string {
  return alertsKey(run).toLowerCase();
}

/**
 * Builds a property stating that a change to a golden case's tables keeps
 * its alerts. With `ignoreCase`, alert values are compared without case,
 * because the changed field may be one of the alert's columns.
 */
function sameAlerts<T extends { seed: number }>(
  context: MetamorphicContext,
  name: string,
  seeds: Seed[],
  arbitrary: fc.Arbitrary<T>,
  change: (draw: T) => Tables,
  ignoreCase = false,
): PropertySpec<T> {
  const key = (run: RuleRun) => (ignoreCase ? lowerKey(run) : alertsKey(run));
  const columns = (seed: Seed) => Object.keys(seed.run.alerts[0]?.columns ?? {});
  return {
    name,
    arbitrary,
    predicate: (draw) => {
      const seed = seeds[draw.seed];
      return key(context.runner.run(change(draw), seed.item.at)) === key(seed.run);
    },
    describe: (draw) => {
      const seed = seeds[draw.seed];
      return {
        name: `'${seed.item.name}' changed: ${name}`,
        tables: change(draw),
        at: seed.item.at,
        expect: expectationOf(seed.run, context.threshold ? [...context.threshold.groupBy, context.threshold.column] : columns(seed)),
        message: `the alerts of '${seed.item.name}' changed, although ${name}`,
      };
    },
  };
}
