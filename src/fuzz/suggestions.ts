import { parse, stringify } from "yaml";
import type { CaseExpectation, GoldenCase } from "../cases/case-loader.js";
import { compareRun, querySorts } from "../cases/compare.js";
import { stringifyJson } from "../report/json-text.js";
import { InputError } from "../errors.js";
import type { RuleRun } from "../rules/types.js";
import type { CaseExpect } from "./case-writer.js";
import type { Mutant } from "./mutant-generation.js";
import { alertsKey } from "./rule-runner.js";
import type { RuleRunner, Tables } from "./rule-runner.js";
import { buildInput, plainDraw } from "./scenario.js";
import type { BoundaryScenario } from "./scenario.js";
import { changeField } from "./string-filters.js";
import type { StringFilter } from "./string-filters.js";

/** An input that may tell a mutant from the rule, with the columns its case checks. */
export interface Candidate {
  name: string;
  tables: Tables;
  at: number;
  columns: readonly string[];
}

/** An input on which a mutant and the rule disagree, with the rule's outcome. */
export interface Suggestion {
  name: string;
  tables: Tables;
  at: number;
  expect: CaseExpect;
}

/**
 * Lists inputs that tell common mutants from the rule. Each boundary
 * scenario gives `n` copies across its range, also with one value repeated.
 * Each passing golden case gives a copy with every event twice, and copies
 * with each field a string filter compares upper-cased, replaced, or
 * wrapped in other letters.
 */
export function candidateInputs(
  scenarios: readonly BoundaryScenario[],
  cases: readonly GoldenCase[],
  filters: readonly StringFilter[],
  keyColumns: readonly string[] | undefined,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const scenario of scenarios) candidates.push(...boundaryCandidates(scenario));
  for (const item of cases) {
    const columns = keyColumns ?? expectedColumns(item);
    const add = (what: string, tables: Tables) =>
      candidates.push({ name: `'${item.name}' ${what}`, tables, at: item.at, columns });

    add("with every event twice", doubled(item.tables));
    for (const filter of filters) {
      const field = [filter.field.column, ...filter.field.path].join(".");
      add(`with ${field} upper-cased`, changeField(item.tables, filter.field, (text) => text.toUpperCase()));
      add(`with ${field} replaced`, changeField(item.tables, filter.field, () => "unrelated"));
      add(`with ${field} inside a longer word`, changeField(item.tables, filter.field, () => `x${filter.constant}x`));
    }
  }
  return candidates;
}

function boundaryCandidates(scenario: BoundaryScenario): Candidate[] {
  const columns = [...Object.keys(scenario.group), scenario.column];
  const candidates: Candidate[] = [];
  for (let n = scenario.range.min; n <= scenario.range.max; n++) {
    const draw = plainDraw(scenario, n);
    const name = `${scenario.column} = ${n}`;
    candidates.push({ name, tables: buildInput(scenario, draw), at: scenario.at, columns });
    if (scenario.measure !== "distinct" || n === 0) continue;

    const repeated = { ...draw, values: [...draw.values, draw.values[0]], delays: [...draw.delays, 0] };
    const tables = buildInput(scenario, repeated);
    candidates.push({ name: `${name} with one value repeated`, tables, at: scenario.at, columns });
  }
  return candidates;
}

function doubled(tables: Tables): Tables {
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [
      name,
      { columns: table.columns, rows: table.rows.flatMap((row) => [row, row]) },
    ]),
  );
}

function expectedColumns(item: GoldenCase): string[] {
  const names = (item.expect.alerts ?? []).flatMap((alert) => Object.keys(alert.columns ?? {}));
  return [...new Set(names)];
}

/**
 * Finds the first candidate whose case kills the mutant: its expectation,
 * written from what the rule as written does, passes on the rule and
 * fails on the mutant. The expectation compares the candidate's columns
 * and every column on which the mutant's alerts differ, so a change such
 * as `make_set` to `make_list` shows in the count column it feeds. Returns
 * `undefined` when no candidate kills the mutant. A maintainer must check
 * the expectation before committing the case.
 *
 * NOTE: the check runs the candidate's tables as they are in memory; a
 * written case reloads them from YAML, which leaves out empty cells.
 */
export function suggestKillingCase(
  mutant: Mutant,
  candidates: readonly Candidate[],
  runner: RuleRunner,
): Suggestion | undefined {
  for (const candidate of candidates) {
    const mutated = tryRun(runner, candidate, mutant.query);
    const original = mutated && tryRun(runner, candidate, runner.rule.query);
    if (!mutated || !original || alertsKey(original) === alertsKey(mutated)) continue;

    const differing = differingColumns(original, mutated).filter((column) => !candidate.columns.includes(column));
    const expect = expectationOf(original, [...candidate.columns, ...differing]);
    const runs = { original, mutated };
    if (!killsMutant(expect, runs, { rule: runner.rule.query, mutant: mutant.query })) continue;

    return {
      name: `${candidate.name}, which kills '${mutant.description}'`,
      tables: candidate.tables,
      at: candidate.at,
      expect,
    };
  }
  return undefined;
}

/**
 * Lists the alert columns whose values differ between two runs, each
 * column's values compared as a multiset over all alerts, in the order the
 * columns first appear.
 */
export function differingColumns(left: RuleRun, right: RuleRun): string[] {
  const names = [...left.alerts, ...right.alerts].flatMap((alert) => Object.keys(alert.columns));
  return [...new Set(names)].filter(
    (name) => columnValues(left, name) !== columnValues(right, name),
  );
}

function columnValues(run: RuleRun, column: string): string {
  const values = run.alerts.map((alert) => stringifyJson(alert.columns[column] ?? null));
  return JSON.stringify(values.sort());
}

/**
 * Tells whether a written expectation passes on the rule's run and fails
 * on the mutant's. The expectation goes through YAML first, as a written
 * case file does before the case loader reads it.
 */
function killsMutant(
  expect: CaseExpect,
  runs: { original: RuleRun; mutated: RuleRun },
  queries: { rule: string; mutant: string },
): boolean {
  const written = parse(stringify(expect)) as CaseExpect;
  const expectation: CaseExpectation = {
    triggered: written.triggered,
    alerts: written.alerts?.map((alert) => ({ columns: alert.columns, line: 0 })),
  };
  const passes = compareRun(expectation, runs.original, { ordered: querySorts(queries.rule) }).passed;
  const fails = !compareRun(expectation, runs.mutated, { ordered: querySorts(queries.mutant) }).passed;
  return passes && fails;
}

/** Describes a run as a case expectation, keeping only the named columns. */
export function expectationOf(run: RuleRun, columns: readonly string[]): CaseExpect {
  const alerts = run.alerts.map((alert) => ({
    columns: Object.fromEntries(
      columns.filter((column) => column in alert.columns).map((c) => [c, alert.columns[c]]),
    ),
  }));
  return { triggered: run.triggered, alerts };
}

function tryRun(runner: RuleRunner, candidate: Candidate, query: string): RuleRun | undefined {
  try {
    return runner.run(candidate.tables, candidate.at, query);
  } catch (error: unknown) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}
