import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffAlerts } from "../../src/diff/diff-alerts.js";
import { InputError } from "../../src/errors.js";
import { createTempRepo, type TempRepo } from "./git-repo.js";
import { fakeSource, type FakeRuleFile } from "./fake-source.js";

const alice = { columns: { User: "alice", Count: 4 }, entities: [{ type: "Account", Name: "alice" }] };
const bob = { columns: { User: "bob", Count: 5 }, entities: [{ type: "Account", Name: "bob" }] };
const carol = { columns: { User: "carol", Count: 6 }, entities: [] };

function rule(alerts: FakeRuleFile["alerts"], id = "r1"): string {
  const content: FakeRuleFile = { id, name: `rule ${id}`, tables: ["ZoomLogs"], alerts };
  return JSON.stringify(content);
}

let repo: TempRepo;

beforeEach(() => {
  repo = createTempRepo();
  repo.write("rules/r1.json", rule({ burst: [alice, bob] }));
  repo.write("test-cases/r1.json", JSON.stringify([{ name: "burst", rule: "rules/r1.json" }]));
  repo.write("schemas/ZoomLogs.json", "{}");
});

afterEach(() => repo.remove());

describe("diffAlerts", () => {
  it("lists added, removed and changed alerts", async () => {
    const base = repo.commit("base");
    const changedBob = { ...bob, columns: { User: "bob", Count: 7 } };
    repo.write("rules/r1.json", rule({ burst: [changedBob, carol] }));
    const head = repo.commit("head");

    const report = await diffAlerts({ root: repo.root, base: "HEAD~1", source: fakeSource });

    expect(report.base).toBe(base);
    expect(report.head).toBe(head);
    expect(report.dirty).toBe(false);
    expect(report.summary).toEqual({ rules: 1, added: 1, removed: 1, changed: 1, errors: 0 });
    const [diff] = report.rules;
    expect(diff.change).toBe("modified");
    expect(diff.reasons).toEqual(["rule"]);
    expect(diff.added).toEqual([{ case: "burst", alert: carol }]);
    expect(diff.removed).toEqual([{ case: "burst", alert: alice }]);
    expect(diff.changed).toEqual([{ case: "burst", alert: changedBob, base: bob, columns: ["Count"] }]);
  });

  it("orders fields as the JSON format does", async () => {
    repo.commit("base");
    repo.write("rules/r1.json", rule({ burst: [alice] }));

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(Object.keys(report)).toEqual(["base", "head", "summary", "rules", "dirty", "errors"]);
    expect(Object.keys(report.summary)).toEqual(["rules", "added", "removed", "changed", "errors"]);
    expect(Object.keys(report.rules[0]).slice(0, 6)).toEqual(["id", "file", "change", "added", "removed", "changed"]);
  });

  it("compares with uncommitted changes", async () => {
    repo.commit("base");
    repo.write("rules/r1.json", rule({ burst: [alice] }));

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(report.dirty).toBe(true);
    expect(report.rules[0].removed).toEqual([{ case: "burst", alert: bob }]);
    expect(report.rules[0].added).toEqual([]);
  });

  it("leaves the work tree and index alone", async () => {
    repo.commit("base");
    repo.write("rules/r1.json", rule({ burst: [] }));
    repo.write("notes.txt", "untracked");
    const before = repo.git("status", "--porcelain");

    await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(repo.git("status", "--porcelain")).toBe(before);
  });

  it("shows a new rule as added", async () => {
    repo.commit("base");
    repo.write("rules/r2.json", rule({ burst: [carol] }, "r2"));
    repo.write("test-cases/r2.json", JSON.stringify([{ name: "burst", rule: "r2" }]));

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(report.rules.map((diff) => [diff.id, diff.change])).toEqual([["r2", "added"]]);
    expect(report.rules[0].reasons).toEqual(["rule", "cases"]);
    expect(report.rules[0].added).toEqual([{ case: "burst", alert: carol }]);
  });

  it("runs a deleted rule on its base cases", async () => {
    repo.commit("base");
    repo.git("rm", "--quiet", "rules/r1.json", "test-cases/r1.json");

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(report.rules.map((diff) => [diff.id, diff.change])).toEqual([["r1", "deleted"]]);
    expect(report.rules[0].file).toBe("rules/r1.json");
    expect(report.rules[0].removed).toEqual([
      { case: "burst", alert: alice },
      { case: "burst", alert: bob },
    ]);
  });

  it("selects rules whose cases changed", async () => {
    repo.write("rules/r1.json", rule({ burst: [alice], quiet: [] }));
    repo.commit("base");
    repo.write(
      "test-cases/r1.json",
      JSON.stringify([{ name: "burst", rule: "rules/r1.json" }, { name: "quiet", rule: "r1" }]),
    );

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(report.rules[0].reasons).toEqual(["cases"]);
    expect(report.rules[0].inputs).toBe(2);
    expect(report.summary).toEqual({ rules: 1, added: 0, removed: 0, changed: 0, errors: 0 });
  });

  it("selects rules reading a changed schema", async () => {
    repo.commit("base");
    repo.write("schemas/ZoomLogs.json", '{"columns": []}');
    repo.write("schemas/Other.json", "{}");

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(report.rules.map((diff) => [diff.id, diff.reasons])).toEqual([["r1", ["schemas"]]]);
  });

  it("selects rules reading a changed function", async () => {
    repo.commit("base");
    repo.write("functions/ZoomLogs.kql", "Zoom_CL");
    repo.write("functions/Other.kql", "Other_CL");

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(report.rules.map((diff) => [diff.id, diff.reasons])).toEqual([["r1", ["schemas"]]]);
  });

  it.each(["geo_ip.yaml", "externaldata.yaml", "watchlists/VIPUsers.csv"])(
    "selects rules with cases when %s changes",
    async (file) => {
      repo.write("rules/r2.json", rule({}, "r2"));
      repo.commit("base");
      repo.write(file, "changed: true\n");

      const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

      expect(report.rules.map((diff) => [diff.id, diff.reasons])).toEqual([["r1", ["inputs"]]]);
    },
  );

  it("reports nothing without changes", async () => {
    repo.commit("base");

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(report.rules).toEqual([]);
    expect(report.summary).toEqual({ rules: 0, added: 0, removed: 0, changed: 0, errors: 0 });
  });

  it("records an evaluation error per side", async () => {
    repo.commit("base");
    repo.write("rules/r1.json", rule({ burst: "error" }));

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    const [diff] = report.rules;
    expect(diff.errors.map((error) => error.message)).toEqual(["head version: cannot run burst"]);
    expect(diff.errors[0].text).toBe("error: head version: cannot run burst\n  --> rules/r1.json");
    expect(diff.removed).toEqual([]);
    expect(report.summary.errors).toBe(1);
  });

  it("keeps a rule that no longer loads as modified", async () => {
    repo.commit("base");
    repo.write("rules/r1.json", "{ not json");

    const report = await diffAlerts({ root: repo.root, base: "HEAD", source: fakeSource });

    expect(report.rules.map((diff) => [diff.id, diff.change])).toEqual([["r1", "modified"]]);
    expect(report.rules[0].errors.map((error) => error.file)).toEqual(["rules/r1.json"]);
    expect(report.errors).toEqual([]);
  });

  it("adds extra inputs to both sides", async () => {
    repo.write("rules/r1.json", rule({ burst: [], fuzz: [alice] }));
    repo.commit("base");
    repo.write("rules/r1.json", rule({ burst: [], fuzz: [] }));

    const report = await diffAlerts({
      root: repo.root,
      base: "HEAD",
      source: fakeSource,
      extraInputs: async (version) => [{ name: "fuzz", file: version.file, rule: version.id }],
    });

    expect(report.rules[0].inputs).toBe(2);
    expect(report.rules[0].removed).toEqual([{ case: "fuzz", alert: alice }]);
  });

  it("rejects an unknown base ref", async () => {
    repo.commit("base");

    const diff = diffAlerts({ root: repo.root, base: "no-such-branch", source: fakeSource });

    await expect(diff).rejects.toThrow(InputError);
    await expect(diff).rejects.toThrow("git ref 'no-such-branch' was not found");
  });
});
