import { relative, resolve, sep } from "node:path";
import { defaultRuleEngine } from "../cases/default-rule-engine.js";
import type { RuleEngine, RuleFailure } from "../cases/rule-engine.js";
import { lintRule } from "../diff/lint.js";
import { InputError } from "../errors.js";
import { shardRules, type ShardSpec } from "../github/shard.js";
import { keepShard } from "../report/shard-report.js";
import type { RunReport } from "../report/types.js";
import type { Rule } from "../rules/types.js";
import type { RunAllOptions } from "./dependencies.js";

/** The folders `run` and the Action test, and optionally one shard. */
export interface RuleRunOptions {
  /** The repository root; reports name files relative to it. */
  root: string;
  /** Folders relative to `root`. */
  rulesDir: string;
  casesDir: string;
  schemasDir: string;
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
 * Tests the rules with their golden cases through `runAll`, adding each
 * rule's lint findings (deprecated KQL, a look-back past queryPeriod) to its
 * warnings. With a shard, only the rules of that shard are compiled and
 * run, and the report lists only them. Errors that no rule owns are kept,
 * so every shard reports them and `merge` keeps one copy.
 */
export async function runRules(
  options: RuleRunOptions,
  runAll: RunAll,
): Promise<RuleRunResult> {
  const root = resolve(options.root);
  const lint: InputError[] = [];
  const engine = lintingEngine(defaultRuleEngine, root, options.shard, lint);

  const report = await runAll({
    root: options.root,
    rulesDir: options.rulesDir,
    casesDir: options.casesDir,
    schemasDir: options.schemasDir,
    engine,
  });
  return { report: options.shard ? keepShard(report, options.shard) : report, lint };
}

/**
 * Wraps a rule engine so that loading rules lints each rule and, with a
 * shard, sets aside the rules of other shards.
 * NOTE: `runAll` has no rule filter, so a rule of another shard is handed
 * over as a load failure without errors: its cases still find their rule
 * (rather than becoming "no rule found" errors) and nothing is compiled.
 * `keepShard` then drops those entries from the report.
 */
function lintingEngine(
  engine: RuleEngine,
  root: string,
  shard: ShardSpec | undefined,
  lint: InputError[],
): RuleEngine {
  return {
    ...engine,
    loadRules: (dir) => {
      const loaded = engine.loadRules(dir);
      const allFiles = [...loaded.rules, ...loaded.failures].map((item) =>
        relativeFile(root, item.file),
      );
      const inShard = new Set(shard ? shardRules(allFiles, shard) : allFiles);

      const rules: Rule[] = [];
      const failures: RuleFailure[] = [...loaded.failures];
      for (const rule of loaded.rules) {
        if (!inShard.has(relativeFile(root, rule.file))) {
          failures.push({ file: rule.file, id: rule.id, name: rule.name, errors: [] });
          continue;
        }
        const findings = lintRule(rule);
        lint.push(...findings.map((finding) => relativeError(root, finding)));
        rules.push({ ...rule, warnings: [...rule.warnings, ...findings] });
      }
      return { rules, failures };
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
