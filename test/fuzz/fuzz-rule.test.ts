import { beforeAll, describe, expect, it } from "vitest";
import { buildBoundaryScenario } from "../../src/fuzz/boundary.js";
import { boundaryHoldsAt } from "../../src/fuzz/boundary-property.js";
import { fuzzRule } from "../../src/fuzz/index.js";
import { createRuleRunner } from "../../src/fuzz/rule-runner.js";
import { buildInput, groupAlerted, plainDraw } from "../../src/fuzz/scenario.js";
import { findThresholds } from "../../src/fuzz/threshold.js";
import type { FuzzResult } from "../../src/fuzz/index.js";
import { REPOSITORY_ROOT } from "./corpus.js";
import { engine, loadRuleWithCases, schemaOptions, SEED_CASES, SEED_RULE } from "./seed.js";

describe("fuzzRule on the seed rule", () => {
  let result: FuzzResult;

  beforeAll(() => {
    const { rule, cases } = loadRuleWithCases(REPOSITORY_ROOT, SEED_RULE, SEED_CASES);
    result = fuzzRule(rule, cases, {
      engine,
      schemas: schemaOptions(),
      root: REPOSITORY_ROOT,
      runs: 50,
      seed: 42,
      timeBudgetMs: 60_000,
    });
  }, 60_000);

  it("reports the threshold", () => {
    expect(result.threshold).toEqual({
      found: true,
      column: "ChannelCount",
      operator: ">",
      value: 3,
      aggregate: "make_set",
      counts: "Channel",
      groupBy: ["Message", "User", "UserId"],
      offset: 427,
      expression: "arraylength(Channels)",
      measure: "distinct",
      others: 0,
    });
  });

  it("passes every property", () => {
    const outcome = result.properties.map((p) => [p.name, p.status, p.seed]);

    expect(outcome).toEqual([
      ["boundary: ChannelCount > 3", "passed", 42],
      ["row order does not change the alerts", "passed", 42],
      ["events of other groups do not change the alerts", "passed", 42],
      ["duplicate events do not change ChannelCount", "passed", 42],
      ["events before the queryPeriod window raise no alert", "passed", 42],
      ['changing the case in Event =~ "chat_message.sent" does not change the alerts', "passed", 42],
    ]);
  });

  it("suggests a case per survivor", () => {
    const suggested = result.mutants
      .filter((m) => m.status === "survived")
      .map((m) => (m.suggestion as { case: { name: string } }).case.name);

    expect(suggested).toEqual([
      "'same link in four channels raises one alert' with Event upper-cased, which kills 'line 3: '=~' to '==' in 'Event =~ \"chat_message.sent\"''",
      "'same link in four channels raises one alert' with Event replaced, which kills 'line 3: drop 'where Event =~ \"chat_message.sent\"''",
      "ChannelCount = 3 with one value repeated, which kills 'line 7: 'makeset' to 'make_list' in 'makeset(Channel)''",
    ]);
  });

  it("reports the run count", () => {
    const [boundary] = result.properties;

    expect(boundary.runs).toBe(50);
    expect(boundary.counterexample).toBeNull();
  });

  it("kills the boundary mutants", () => {
    const outcome = Object.fromEntries(
      result.mutants.map((mutant) => [mutant.description, mutant.status]),
    );

    expect(outcome).toEqual({
      "line 1: threshold 3 to 2 in 'let threshold'": "killed",
      "line 1: threshold 3 to 4 in 'let threshold'": "killed",
      "line 3: '=~' to '==' in 'Event =~ \"chat_message.sent\"'": "survived",
      "line 9: '>' to '>=' in 'ChannelCount > threshold'": "killed",
      "line 3: drop 'where Event =~ \"chat_message.sent\"'": "survived",
      [String.raw`line 6: drop 'where Message matches regex "http(s?):\\/\\/"'`]: "killed",
      "line 9: drop 'where ChannelCount > threshold'": "killed",
      "line 7: 'makeset' to 'make_list' in 'makeset(Channel)'": "survived",
    });
    expect(result.mutationScore).toBe(5 / 8);
  });
});

describe("boundary property on the seed rule", () => {
  it("holds at 3 and 4 channels", () => {
    const { rule, cases } = loadRuleWithCases(REPOSITORY_ROOT, SEED_RULE, SEED_CASES);
    const runner = createRuleRunner(rule, engine, schemaOptions());
    const [threshold] = findThresholds(rule.query, schemaOptions()).thresholds;
    const { scenario } = buildBoundaryScenario(threshold, cases, runner);
    if (!scenario) throw new Error("no scenario");

    expect(scenario.group).toEqual({
      Message: "see https://files.example.net/a",
      User: "user1@example.com",
      UserId: "u-001",
    });
    expect(scenario.range).toEqual({ min: 1, max: 6 });
    expect(boundaryHoldsAt(scenario, runner, 3)).toBe(true);
    expect(boundaryHoldsAt(scenario, runner, 4)).toBe(true);
    expect(groupAlerted(scenario, runner.run(buildInput(scenario, plainDraw(scenario, 3)), scenario.at))).toBe(false);
    expect(groupAlerted(scenario, runner.run(buildInput(scenario, plainDraw(scenario, 4)), scenario.at))).toBe(true);
  }, 30_000);
});

describe("fuzzRule budget", () => {
  it("skips mutants past the deadline", () => {
    const { rule, cases } = loadRuleWithCases(REPOSITORY_ROOT, SEED_RULE, SEED_CASES);
    const result = fuzzRule(rule, cases, {
      engine,
      schemas: schemaOptions(),
      root: REPOSITORY_ROOT,
      runs: 10,
      seed: 1,
      timeBudgetMs: 0,
    });

    expect(result.mutants.map((m) => m.status)).toEqual(Array(8).fill("skipped"));
    expect(result.mutationScore).toBeNull();
    expect(result.properties.every((p) => p.status === "passed")).toBe(true);
  }, 30_000);
});
