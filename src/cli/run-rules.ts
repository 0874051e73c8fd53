import { relative, resolve, sep } from "node:path";
import { defaultRuleEngine } from "../cases/default-rule-engine.js";
import type { RuleEngine } from "../cases/rule-engine.js";
import { lintRule } from "../diff/lint.js";
import { InputError } from "../errors.js";
import { shardRules, type ShardSpec } from "../github/shard.js";
import type { RunReport } from "../report/types.js";
import type { RunAllOptions } from "./dependencies.js";

/** The fuzzing options of `run` and the Action; unset ones take `runAll`'s defaults. */
export interface FuzzRunOptions {
  /** Generated inputs per property; 0 turns fuzzing and mutation testing off. */
  fuzzRuns?: number;
  /** The seed of every property. */
  seed?: number;
  /** Folder, relative to the root, for shrunk counterexamples and suggested cases. */
  writeCounterexamples?: string;
}

/** The folders `run` and the Action test, optionally one shard, and fuzzing. */
export interface RuleRunOptions extends FuzzRunOptions {
  /** The repository root; reports name files relative to it. */
  root: string;
  /** A folder or a single file, relative to `root`. */
  rulesDir: string;
  casesDir: string;
  /** Relative to `root`; by default `schemas` when it exists (see `runAll`). */
  schemasDir?: string;
  /** Test only this shard's rule files (see `shardRules`). */
  shard?: ShardSpec;
}

/** A run report with the lint warnings it contains, for SARIF. */
export interface RuleRunResult {
  report: RunReport;
  /** Lint findings of the tested rules, files relative to the root. */
  lint: InputError[];
}

type RunAll = (options: RunAllOptions) => RunReport | Promise<RunReport>;

/**
 * Tests the rules with their golden cases and fuzzes them through
 * `runAll`, adding each rule's lint findings (deprecated KQL, a look-back
 * past queryPeriod) to its warnings. With a shard, only the rules of that
 * shard are linted, compiled and run, and the report lists only them.
 * Errors that no rule owns are kept, so every shard reports them and
 * `merge` keeps one copy.
 */
export async function runRules(
  options: RuleRunOptions,
  runAll: RunAll,
): Promise<RuleRunResult> {
  const root = resolve(options.root);
  const lint: InputError[] = [];
  const { shard } = options;
  const ruleFilter = shard ? (files: readonly string[]) => shardRules(files, shard) : undefined;

  const report = await runAll({
    root: options.root,
    rulesDir: options.rulesDir,
    casesDir: options.casesDir,
    schemasDir: options.schemasDir,
    engine: lintingEngine(defaultRuleEngine, root, ruleFilter, lint),
    fuzzRuns: options.fuzzRuns,
    seed: options.seed,
    writeCounterexamples: options.writeCounterexamples,
    ...(ruleFilter ? { ruleFilter } : {}),
  });
  return { report, lint };
}

/**
 * Wraps a rule engine so that loading rules lints each rule that the
 * filter keeps, as `runAll` applies the same filter to the loaded rules.
 */
function lintingEngine(
  engine: RuleEngine,
  root: string,
  ruleFilter: RunAllOptions["ruleFilter"],
  lint: InputError[],
): RuleEngine {
  return {
    ...engine,
    loadRules: (dir) => {
      const loaded = engine.loadRules(dir);
      const allFiles = [...loaded.rules, ...loaded.failures].map((item) =>
        relativeFile(root, item.file),
      );
      const tested = new Set(ruleFilter ? ruleFilter(allFiles) : allFiles);

      const rules = loaded.rules.map((rule) => {
        if (!tested.has(relativeFile(root, rule.file))) return rule;
        const findings = lintRule(rule);
        lint.push(...findings.map((finding) => relativeError(root, finding)));
        return { ...rule, warnings: [...rule.warnings, ...findings] };
      });
      return { rules, failures: loaded.failures };
    },
  };
}

function relativeError(root: string, error: InputError): InputError {
  if (error.file === undefined) return error;
  return new InputError(error.message, {
    file: relativeFile(root, error.file),
    line: error.line,
    column: error.column,
    hint: error.hint,
    sourceLine: error.sourceLine,
    kind: error.kind,
  });
}

function relativeFile(root: string, file: string): string {
  return relative(root, resolve(root, file)).split(sep).join("/");
}
