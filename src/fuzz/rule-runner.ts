import type { RuleEngine } from "../cases/rule-engine.js";
import type { CompileOptions } from "../kql/api.js";
import type { Column, Table } from "../kql/types.js";
import type { CompiledRule, Rule, RuleRun } from "../rules/types.js";

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
export function createRuleRunner(
  rule: Rule,
  engine: FuzzEngine,
  schemas: CompileOptions,
): RuleRunner {
  const compiled = new Map<string, CompiledRule>();
  const compile = (query: string): CompiledRule => {
    let entry = compiled.get(query);
    if (!entry) {
      entry = engine.compileRule({ ...rule, query }, schemas);
      compiled.set(query, entry);
    }
    return entry;
  };

  return {
    rule,
    run: (tables, at, query = rule.query) => engine.runRule(compile(query), tables, at),
    resultColumns: () => compile(rule.query).query.resultColumns,
  };
}

/**
 * Returns a key that is equal for two runs exactly when they raise the same
 * alerts (columns and entities), in any order. Arrays inside columns are
 * compared as multisets, because `make_set` and `make_list` order their
 * items by input order, which no rule means to test.
 */
export function alertsKey(run: RuleRun): string {
  const alerts = run.alerts.map((alert) =>
    orderFreeJson({ columns: alert.columns, entities: alert.entities }),
  );
  return JSON.stringify({ triggered: run.triggered, alerts: alerts.sort() });
}

/** Serialises a JSON-like value with sorted keys and sorted arrays. */
export function orderFreeJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(orderFreeJson).sort().join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => compareText(a, b))
      .map(([key, item]) => `${JSON.stringify(key)}:${orderFreeJson(item)}`);
    return `{${entries.join(",")}}`;
  }
  if (typeof value === "bigint") return value.toString();
  return JSON.stringify(value) ?? "null";
}

function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
