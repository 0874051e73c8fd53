import { InputError } from "../errors.js";
import type {
  EvaluationInput,
  ExternalDataSource,
  InputTable,
} from "../kql/api.js";
import type { Table, Value } from "../kql/types.js";
import { buildAlerts } from "./alerts.js";
import { TICKS_PER_MINUTE } from "./duration.js";
import { queryPositionMap, rebaseQueryError } from "./query-position.js";
import type { CompiledRule, Rule, RuleRun, TriggerOperator } from "./types.js";

/** A run's look-back window, `(start, end]` in datetime ticks. */
export interface RunWindow {
  readonly start: number;
  readonly end: number;
}

const TIME_COLUMN = "TimeGenerated";

/**
 * Runs a compiled rule as one scheduled Sentinel run at `at` (datetime
 * ticks). Every table is first restricted to the rows whose TimeGenerated
 * lies in `(at - queryPeriod, at]`, as Sentinel restricts every table the
 * query reads, however far back the query's own `ago()` reaches. Tables
 * without a TimeGenerated column are passed whole. The query then runs
 * with `now()` equal to `at`, its row count is checked against the
 * trigger, and a triggered run raises alerts (see `buildAlerts`).
 * `externalData` is what `externaldata` reads instead of each URL. A
 * table given as a stream stays one, filtered as the engine reads it.
 */
export function runRule(
  compiled: CompiledRule,
  tables: Readonly<Record<string, InputTable>>,
  at: number,
  externalData?: Readonly<Record<string, ExternalDataSource>>,
): RuleRun {
  const { rule } = compiled;
  const window = runWindow(rule, at);
  const visible: Record<string, InputTable> = {};
  for (const [name, table] of Object.entries(tables)) {
    visible[name] = restrictToWindow(name, table, window);
  }

  const result = evaluateRule(compiled, { tables: visible, now: at, externalData });
  const rowCount = result.rows.length;
  const { triggerOperator, triggerThreshold } = rule;
  const triggered = isTriggered(triggerOperator, rowCount, triggerThreshold);
  const alerts = triggered ? buildAlerts(rule, result) : [];
  return { result, rowCount, triggered, alerts, window };
}

/** Evaluates the query, moving an engine error's position onto the rule file. */
function evaluateRule(
  { rule, query }: CompiledRule,
  input: EvaluationInput,
): Table {
  try {
    return query.evaluate(input);
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    if (error.file !== undefined || error.line === undefined) throw error;
    const map = queryPositionMap(rule.source, rule.query);
    throw rebaseQueryError(error, rule.source, map);
  }
}

/**
 * Returns the window of a run at `at`: the rule's queryPeriod back from
 * `at`, start excluded and end included.
 */
export function runWindow(rule: Rule, at: number): RunWindow {
  // NOTE: NRT rules select on ingestion time, which the tables do not
  // carry, so an NRT run reads the minute before `at` by TimeGenerated.
  const period = rule.queryPeriod ?? TICKS_PER_MINUTE;
  return { start: at - period, end: at };
}

/**
 * Keeps the rows of a table whose TimeGenerated lies in the window. The
 * rows of a stream are filtered as they are read, not gathered.
 */
export function restrictToWindow(
  name: string,
  table: Table,
  window: RunWindow,
): Table;
export function restrictToWindow(
  name: string,
  table: InputTable,
  window: RunWindow,
): InputTable;
export function restrictToWindow(
  name: string,
  table: InputTable,
  window: RunWindow,
): InputTable {
  const index = table.columns.findIndex(
    (column) => column.name === TIME_COLUMN,
  );
  if (index < 0) return table;

  const type = table.columns[index].type;
  if (type !== "datetime") {
    const message = `column ${TIME_COLUMN} of table ${name} is ${type}, not datetime`;
    throw new InputError(message, {
      hint: "give TimeGenerated values as datetimes such as 2026-04-20T08:10:00Z",
      kind: "schema",
    });
  }
  const inWindow = (row: readonly Value[]) => {
    const time = row[index];
    if (typeof time !== "number") return false;
    return time > window.start && time <= window.end;
  };
  const rows = Array.isArray(table.rows)
    ? (table.rows as Table["rows"]).filter(inWindow)
    : filterRows(table.rows, inWindow);
  return { columns: table.columns, rows };
}

function filterRows(
  rows: Iterable<readonly Value[]>,
  keep: (row: readonly Value[]) => boolean,
): Iterable<readonly Value[]> {
  return {
    [Symbol.iterator]: () => new FilterIterator(rows[Symbol.iterator](), keep),
  };
}

/**
 * Passes on the rows `keep` accepts. A class rather than a generator, because
 * every row of a large stream passes through `next`, and a plain method
 * call costs less than resuming a generator.
 */
class FilterIterator implements Iterator<readonly Value[]> {
  constructor(
    private readonly source: Iterator<readonly Value[]>,
    private readonly keep: (row: readonly Value[]) => boolean,
  ) {}

  next(): IteratorResult<readonly Value[]> {
    for (;;) {
      const result = this.source.next();
      if (result.done === true || this.keep(result.value)) return result;
    }
  }

  return(value?: unknown): IteratorResult<readonly Value[]> {
    this.source.return?.(value);
    return { done: true, value: undefined };
  }
}

/** Compares a run's row count with the rule's trigger threshold. */
export function isTriggered(
  operator: TriggerOperator,
  rowCount: number,
  threshold: number,
): boolean {
  switch (operator) {
    case "gt":
      return rowCount > threshold;
    case "lt":
      return rowCount < threshold;
    case "eq":
      return rowCount === threshold;
    case "ne":
      return rowCount !== threshold;
  }
}
