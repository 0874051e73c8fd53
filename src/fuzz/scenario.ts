import { valuesEqual } from "../cases/value-equality.js";
import type { Table, Value } from "../kql/types.js";
import { TICKS_PER_SECOND } from "../kql/types.js";
import type { RuleRun } from "../rules/types.js";
import type { FieldLocator } from "./field-locator.js";
import { writeField } from "./field-locator.js";
import type { Tables } from "./rule-runner.js";
import type { ComparisonOperator, Measure } from "./threshold.js";

/** The expected relation of a boundary property: alert exactly when `n op value`. */
export interface Relation {
  operator: ComparisonOperator;
  value: number;
}

/**
 * The inputs to generate around a threshold for one group. A template
 * event is copied `n` times, and one field makes the copies count (distinct
 * values, or values that add up to `n`). The group's row in the result is
 * recognised by its grouping values.
 */
export interface BoundaryScenario {
  /** The property's name in the report. */
  name: string;
  /** The table the copies go to. */
  table: string;
  template: readonly Value[];
  /** The golden case's tables. The copies replace the rows of `table`. */
  tables: Tables;
  at: number;
  measure: Measure;
  /** The field given a distinct value (`distinct`) or a part of `n` (`sum`). */
  varied: FieldLocator | null;
  /** The time column moved forward towards `at`, or `null` to keep the template's time. */
  timeColumn: string | null;
  /** A grouping field changed to make events of other groups, if one is known. */
  otherKey: FieldLocator | null;
  /** Result columns and values that identify the group's row; empty matches any row. */
  group: Readonly<Record<string, unknown>>;
  relation: Relation;
  /**
   * The name of the counted quantity in messages and case names: the
   * compared column, or `n` for a declared property. When it is a result
   * column, a written case expects its value.
   */
  column: string;
  /** The range `n` is drawn from. */
  range: { min: number; max: number };
  /** The golden case or property file the scenario comes from. */
  source: string;
}

/** The random parts of one generated input. */
export interface BoundaryDraw {
  n: number;
  /** One value per copy: distinct texts, or numbers adding up to `n`. */
  values: readonly (string | number)[];
  /** Seconds each copy is moved forward from the template's time. */
  delays: readonly number[];
  /** Grouping values of events from other groups. */
  others: readonly string[];
}

/** Tells whether `n` satisfies the relation: `n op value`. */
export function isSatisfied(relation: Relation, n: number): boolean {
  switch (relation.operator) {
    case ">":
      return n > relation.value;
    case ">=":
      return n >= relation.value;
    case "<":
      return n < relation.value;
    case "<=":
      return n <= relation.value;
    case "==":
      return n === relation.value;
    case "!=":
      return n !== relation.value;
  }
}

/** Formats a relation over a quantity, such as `ChannelCount > 3`. */
export function formatRelation(relation: Relation, quantity: string): string {
  return `${quantity} ${relation.operator} ${relation.value}`;
}

/** Builds the tables of one generated input. */
export function buildInput(scenario: BoundaryScenario, draw: BoundaryDraw): Tables {
  const source = scenario.tables[scenario.table];
  const rows: Value[][] = draw.values.map((value, index) => {
    let row = [...scenario.template];
    if (scenario.varied) row = writeField(source, row, scenario.varied, value);
    return moveTime(scenario, source, row, draw.delays[index] ?? 0);
  });

  for (const other of draw.others) {
    if (!scenario.otherKey) break;
    rows.push(writeField(source, [...scenario.template], scenario.otherKey, other));
  }
  return { ...scenario.tables, [scenario.table]: { columns: source.columns, rows } };
}

function moveTime(
  scenario: BoundaryScenario,
  table: Table,
  row: Value[],
  seconds: number,
): Value[] {
  const index = table.columns.findIndex((c) => c.name === scenario.timeColumn);
  const time = row[index];
  if (index < 0 || typeof time !== "number" || seconds === 0) return row;

  row[index] = Math.min(time + seconds * TICKS_PER_SECOND, scenario.at);
  return row;
}

/** Tells whether a run returned the group's row and triggered. */
export function groupAlerted(scenario: BoundaryScenario, run: RuleRun): boolean {
  return run.triggered && findGroupRow(scenario.group, run.result) !== undefined;
}

/** Finds the result row with the group's values; an empty group matches the first row. */
export function findGroupRow(
  group: Readonly<Record<string, unknown>>,
  result: Table,
): readonly Value[] | undefined {
  const checks = Object.entries(group).map(([column, expected]) => {
    const index = result.columns.findIndex((c) => c.name === column);
    return { index, expected, type: result.columns[index]?.type };
  });
  if (checks.some((check) => check.index < 0)) return undefined;

  return result.rows.find((row) =>
    checks.every((check) => valuesEqual(check.expected, row[check.index], check.type)),
  );
}

/** Returns the simplest draw for a given `n`, used for the boundary examples. */
export function plainDraw(scenario: BoundaryScenario, n: number): BoundaryDraw {
  const values =
    scenario.measure === "sum"
      ? [n]
      : Array.from({ length: n }, (_, index) => `value-${index + 1}`);
  return { n, values, delays: values.map(() => 0), others: [] };
}
