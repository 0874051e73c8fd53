import type { ExternalDataSource, InputTable } from "../kql/api.js";
import type { Table } from "../kql/types.js";
import type { CompiledRule, Rule, RuleRun, TriggerOperator } from "./types.js";
/** A run's look-back window, `(start, end]` in datetime ticks. */
export interface RunWindow {
    readonly start: number;
    readonly end: number;
}
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
export declare function runRule(compiled: CompiledRule, tables: Readonly<Record<string, InputTable>>, at: number, externalData?: Readonly<Record<string, ExternalDataSource>>): RuleRun;
/**
 * Returns the window of a run at `at`: the rule's queryPeriod back from
 * `at`, start excluded and end included.
 */
export declare function runWindow(rule: Rule, at: number): RunWindow;
/**
 * Keeps the rows of a table whose TimeGenerated lies in the window. The
 * rows of a stream are filtered as they are read, not gathered.
 */
export declare function restrictToWindow(name: string, table: Table, window: RunWindow): Table;
export declare function restrictToWindow(name: string, table: InputTable, window: RunWindow): InputTable;
/** Compares a run's row count with the rule's trigger threshold. */
export declare function isTriggered(operator: TriggerOperator, rowCount: number, threshold: number): boolean;
