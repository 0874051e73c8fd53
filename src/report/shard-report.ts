import { shardRules, type ShardSpec } from "../github/shard.js";
import type { RuleReport, RunReport, RunSummary } from "./types.js";

/**
 * Returns the report of one shard: the rules whose file `shardRules` deals
 * to `shard`, out of all the rule files the report lists, with the summary
 * counts of the other rules taken off. Errors that no rule owns stay.
 */
export function keepShard(report: RunReport, shard: ShardSpec): RunReport {
  const files = new Set(shardRules(report.rules.map((rule) => rule.file), shard));
  const kept = report.rules.filter((rule) => files.has(rule.file));
  const dropped = report.rules.filter((rule) => !files.has(rule.file));

  const summary = { ...report.summary };
  for (const rule of dropped) subtractRule(summary, rule);
  return { ...report, summary, rules: kept };
}

function subtractRule(summary: RunSummary, rule: RuleReport): void {
  summary.rules -= 1;
  for (const item of rule.cases) {
    summary.cases -= 1;
    if (item.status === "error") summary.errors -= 1;
    else summary[item.status] -= 1;
  }
}
