import fc from "fast-check";
import { valuesEqual } from "../cases/value-equality.js";
import type { Alert, RuleRun } from "../rules/types.js";
import type { CaseExpect } from "./case-writer.js";
import { checkProperty } from "./property-check.js";
import type { Counterexample, PropertyBudget, PropertyOutcome } from "./property-check.js";
import type { RuleRunner } from "./rule-runner.js";
import {
  buildInput,
  findGroupRow,
  formatRelation,
  groupAlerted,
  isSatisfied,
  plainDraw,
} from "./scenario.js";
import type { BoundaryDraw, BoundaryScenario } from "./scenario.js";

const MAX_DELAY_SECONDS = 600;

/**
 * Checks that the scenario's group alerts exactly when `n` satisfies the
 * relation: first at the threshold and one on each side, then on random
 * `n` around it with random values, times and events of other groups.
 * A failure is shrunk by fast-check.
 */
export function checkBoundary(
  scenario: BoundaryScenario,
  runner: RuleRunner,
  budget: PropertyBudget,
): PropertyOutcome {
  const agrees = (draw: BoundaryDraw) =>
    groupAlerted(scenario, runner.run(buildInput(scenario, draw), scenario.at)) ===
    isSatisfied(scenario.relation, draw.n);

  return checkProperty(
    {
      name: scenario.name,
      arbitrary: drawArbitrary(scenario),
      predicate: agrees,
      describe: (draw) => describeFailure(scenario, runner, draw),
      examples: boundaryExamples(scenario),
    },
    budget,
  );
}

/** Tells whether the property holds for the plain input of size `n`. */
export function boundaryHoldsAt(
  scenario: BoundaryScenario,
  runner: RuleRunner,
  n: number,
): boolean {
  const run = runner.run(buildInput(scenario, plainDraw(scenario, n)), scenario.at);
  return groupAlerted(scenario, run) === isSatisfied(scenario.relation, n);
}

function boundaryExamples(scenario: BoundaryScenario): BoundaryDraw[] {
  const value = scenario.relation.value;
  const sizes = [Math.floor(value) - 1, Math.floor(value), Math.ceil(value) + 1];
  return [...new Set(sizes)]
    .filter((n) => n >= scenario.range.min && n <= scenario.range.max)
    .map((n) => plainDraw(scenario, n));
}

function drawArbitrary(scenario: BoundaryScenario): fc.Arbitrary<BoundaryDraw> {
  const others = scenario.otherKey
    ? fc.uniqueArray(fc.stringMatching(/^other-[a-z0-9]{1,6}$/), { maxLength: 2 })
    : fc.constant<string[]>([]);
  return fc
    .integer(scenario.range)
    .chain((n) => fc.tuple(fc.constant(n), valuesArbitrary(scenario, n)))
    .chain(([n, values]) =>
      fc.record({
        n: fc.constant(n),
        values: fc.constant(values),
        delays: fc.array(fc.integer({ min: 0, max: MAX_DELAY_SECONDS }), {
          minLength: values.length,
          maxLength: values.length,
        }),
        others,
      }),
    );
}

function valuesArbitrary(scenario: BoundaryScenario, n: number): fc.Arbitrary<(string | number)[]> {
  if (scenario.measure === "distinct") {
    const text = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
    return fc.uniqueArray(text, { minLength: n, maxLength: n });
  }
  if (scenario.measure === "rows") return fc.constant(Array.from({ length: n }, () => ""));
  return fc.array(fc.integer({ min: 0, max: n }), { maxLength: 2 }).map((parts) => splitSum(n, parts));
}

/** Turns random parts into values that add up to `n`, the last one taking the rest. */
function splitSum(n: number, parts: readonly number[]): number[] {
  const values: number[] = [];
  let rest = n;
  for (const part of parts) {
    const value = Math.min(part, rest);
    values.push(value);
    rest -= value;
  }
  return [...values, rest];
}

function describeFailure(
  scenario: BoundaryScenario,
  runner: RuleRunner,
  draw: BoundaryDraw,
): Counterexample {
  const tables = buildInput(scenario, draw);
  const run = runner.run(tables, scenario.at);
  const expected = isSatisfied(scenario.relation, draw.n);
  const relation = formatRelation(scenario.relation, scenario.column);
  const verb = expected ? "raised no alert" : "raised an alert";
  const row = findGroupRow(scenario.group, run.result);
  const measured = row ? measuredValue(run.result.columns, row, scenario.column) : "";

  return {
    name: `${scenario.column} = ${draw.n}: ${expected ? "alert" : "no alert"} (${relation})`,
    tables,
    at: scenario.at,
    expect: expectedAlerts(scenario, run, expected, draw.n),
    message: `${scenario.column} = ${draw.n} ${verb}${measured}, but ${relation} is ${expected}`,
  };
}

function measuredValue(
  columns: readonly { name: string }[],
  row: readonly unknown[],
  column: string,
): string {
  const index = columns.findIndex((c) => c.name === column);
  return index < 0 ? "" : ` (${column} = ${String(row[index])})`;
}

/**
 * Builds the expectation of the counterexample's case: the alerts of other
 * groups as the rule raises them, and the group's alert exactly when the
 * relation holds.
 */
function expectedAlerts(
  scenario: BoundaryScenario,
  run: RuleRun,
  expected: boolean,
  n: number,
): CaseExpect {
  const isGroup = (alert: Alert) =>
    Object.entries(scenario.group).every(([column, value]) =>
      valuesEqual(value, alert.columns[column]),
    );
  const others = run.alerts.filter((alert) => !isGroup(alert)).map((alert) => ({
    columns: pick(alert.columns, Object.keys(scenario.group)),
  }));
  const counted = run.result.columns.some((c) => c.name === scenario.column);
  const own = { columns: { ...scenario.group, ...(counted ? { [scenario.column]: n } : {}) } };
  const list = expected ? [...others, own] : others;
  return { triggered: list.length > 0, alerts: list };
}

function pick(columns: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in columns).map((key) => [key, columns[key]]));
}
