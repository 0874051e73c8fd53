import { describe, expect, it } from "vitest";
import { buildBoundaryScenario } from "../../src/fuzz/boundary.js";
import { planMetamorphic } from "../../src/fuzz/metamorphic.js";
import { checkProperty } from "../../src/fuzz/property-check.js";
import { createRuleRunner } from "../../src/fuzz/rule-runner.js";
import { findThresholds } from "../../src/fuzz/threshold.js";
import { REPOSITORY_ROOT } from "./corpus.js";
import { engine, loadRuleWithCases, schemaOptions, SEED_CASES, SEED_RULE } from "./seed.js";

const BUDGET = { runs: 30, seed: 11, deadline: Number.MAX_SAFE_INTEGER };

/** Plans the properties of the seed rule with its query replaced. */
function planFor(query: string) {
  const seed = loadRuleWithCases(REPOSITORY_ROOT, SEED_RULE, SEED_CASES);
  const rule = { ...seed.rule, query, entityMappings: [] };
  const runner = createRuleRunner(rule, engine, schemaOptions());
  const [threshold] = findThresholds(query, schemaOptions()).thresholds;
  const scenario = threshold ? buildBoundaryScenario(threshold, seed.cases, runner).scenario : undefined;
  return planMetamorphic({ runner, cases: seed.cases, threshold, scenario });
}

describe("planMetamorphic", () => {
  it("skips what does not apply", () => {
    const plan = planFor("ZoomLogs | summarize arg_max(TimeGenerated, *) by User");

    expect(plan.specs.map((spec) => spec.name)).toEqual([
      "events before the queryPeriod window raise no alert",
    ]);
    expect(plan.skipped).toEqual([
      { name: "row order", reason: "the query depends on row order (arg_max)" },
      { name: "other groups", reason: "no grouping field of the input events is known" },
      { name: "duplicate events", reason: "the threshold counts no distinct values" },
    ]);
  }, 30_000);

  it("checks case-sensitive equality", () => {
    const query = [
      "ZoomLogs",
      '| where Event == "chat_message.sent"',
      "| extend Channel = tostring(parse_json(ChatEvents).Channel)",
      "| summarize Channels = make_set(Channel) by User",
      "| where array_length(Channels) > 3",
    ].join("\n");
    const plan = planFor(query);
    const spec = plan.specs.find((s) => s.name.startsWith("changing the case"));

    expect(spec?.name).toBe('changing the case in Event == "chat_message.sent" removes the alerts');
    expect(checkProperty(spec!, BUDGET).passed).toBe(true);
  }, 30_000);

  it("catches a count spoilt by duplicates", () => {
    // The extra `Posts < 6` makes duplicate posts hide a distinct count.
    const query = [
      "ZoomLogs",
      "| extend Channel = tostring(parse_json(ChatEvents).Channel)",
      "| extend Message = tostring(parse_json(ChatEvents).Message)",
      "| summarize Channels = make_set(Channel), Posts = count() by Message, User",
      "| extend ChannelCount = array_length(Channels)",
      "| where ChannelCount > 3 and Posts < 6",
    ].join("\n");
    const plan = planFor(query);
    const spec = plan.specs.find((s) => s.name === "duplicate events do not change ChannelCount");
    const outcome = checkProperty(spec!, BUDGET);

    expect(outcome.passed).toBe(false);
    expect(outcome.seed).toBe(11);
    expect(outcome.counterexample?.message).toBe(
      "duplicating events of 'same link in four channels raises one alert' changed the alerts' ChannelCount",
    );
    expect(outcome.counterexample?.tables.ZoomLogs.rows).toHaveLength(6);
    expect(outcome.counterexample?.expect).toEqual({
      triggered: true,
      alerts: [
        {
          columns: {
            Message: "see https://files.example.net/a",
            User: "user1@example.com",
            ChannelCount: 4,
          },
        },
      ],
    });
  }, 30_000);
});

describe("property seeds", () => {
  it("replay the same counterexample", () => {
    const query = [
      "ZoomLogs",
      "| extend Channel = tostring(parse_json(ChatEvents).Channel)",
      "| extend Message = tostring(parse_json(ChatEvents).Message)",
      "| summarize Channels = make_set(Channel), Posts = count() by Message, User",
      "| extend ChannelCount = array_length(Channels)",
      "| where ChannelCount > 3 and Posts < 6",
    ].join("\n");
    const spec = planFor(query).specs.find((s) => s.name.startsWith("duplicate events"));
    const first = checkProperty(spec!, { ...BUDGET, seed: 99 });
    const second = checkProperty(spec!, { ...BUDGET, seed: 99 });

    expect(first.passed).toBe(false);
    expect(second.counterexample?.tables).toEqual(first.counterexample?.tables);
  }, 30_000);
});
