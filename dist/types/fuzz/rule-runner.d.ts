import type { RuleEngine } from "../cases/rule-engine.js";
import type { CompileOptions } from "../kql/api.js";
import type { Column, Table } from "../kql/types.js";
import type { Rule, RuleRun } from "../rules/types.js";
/** The part of the rule model fuzzing needs: compile a rule, run it. */
export type FuzzEngine = Pick<RuleEngine, "compileRule" | "runRule">;
/** Tables by name, as a case or a generated input gives them. */
export type Tables = Readonly<Record<string, Table>>;
/**
 * Runs a rule, or a copy of it with another query text (a mutant, a query
 * with its threshold relaxed), compiling each text once.
 */
export interface RuleRunner {
    readonly rule: Rule;
    run(tables: Tables, at: number, query?: string): RuleRun;
    /** Returns the result columns of the rule's query, compiling it when needed. */
    resultColumns(): readonly Column[];
}
/** Creates a runner over the real or a test rule engine. */
export declare function createRuleRunner(rule: Rule, engine: FuzzEngine, schemas: CompileOptions): RuleRunner;
/**
 * Returns a key that is equal for two runs exactly when they raise the same
 * alerts (columns and entities), in any order. Arrays inside columns are
 * compared as multisets, because `make_set` and `make_list` order their
 * items by input order, which no rule means to test.
 */
export declare function alertsKey(run: RuleRun): string;
/** Serialises a JSON-like value with sorted keys and sorted arrays. */
export declare function orderFreeJson(value: unknown): string;
