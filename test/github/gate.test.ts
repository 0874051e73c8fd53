import { describe, expect, it } from "vitest";
import { evaluateGate, parseGateOptions } from "../../src/github/gate.js";
import { InputError } from "../../src/errors.js";
import { caseReport, diffReport, ruleReport, runReport } from "./report-fixtures.js";

const passing = runReport();
const failing = runReport([ruleReport({ status: "failed", cases: [caseReport({ status: "failed" })] })]);
const erroring = runReport([ruleReport({ status: "error", cases: [caseReport({ status: "error" })] })]);
const xpassing = runReport([ruleReport({ cases: [caseReport({ status: "xpass" })] })]);
const failedProperty = runReport([
  ruleReport({
    status: "failed",
    properties: [{ name: "threshold", status: "failed", runs: 10, seed: 42, counterexample: {} }],
  }),
]);
const changed = diffReport({ rules: 1, added: 2, removed: 1 });

describe("evaluateGate", () => {
  it("passes a clean run in every mode", () => {
    for (const failOn of ["any", "failures", "alert-change", "never"] as const) {
      const result = evaluateGate(passing, diffReport(), { failOn });
      expect(result).toEqual({ fail: false, reasons: [], ignored: [] });
    }
  });

  it("fails on failures, xpass and errors with any", () => {
    expect(evaluateGate(failing, undefined, { failOn: "any" }).reasons).toEqual(["1 case failed"]);
    expect(evaluateGate(xpassing, undefined, { failOn: "any" }).reasons).toEqual([
      "1 xfail case unexpectedly passed",
    ]);
    expect(evaluateGate(failedProperty, undefined, { failOn: "any" }).reasons).toEqual([
      "1 property failed",
    ]);
    expect(evaluateGate(erroring, undefined, { failOn: "any" }).reasons).toEqual([
      "1 error kept rules or cases from being tested",
    ]);
  });

  it("reports errors without failing with failures", () => {
    const result = evaluateGate(erroring, undefined, { failOn: "failures" });

    expect(result.fail).toBe(false);
    expect(result.ignored).toEqual(["1 error kept rules or cases from being tested"]);
  });

  it("still fails on failed cases with failures", () => {
    expect(evaluateGate(failing, undefined, { failOn: "failures" }).fail).toBe(true);
  });

  it("ignores alert changes unless asked", () => {
    const result = evaluateGate(passing, changed, { failOn: "any" });

    expect(result.fail).toBe(false);
    expect(result.ignored).toEqual(["the change against abc1234 adds 2 alerts, removes 1 and changes 0"]);
  });

  it("fails on alert changes with alert-change", () => {
    const result = evaluateGate(passing, changed, { failOn: "alert-change" });

    expect(result.fail).toBe(true);
    expect(result.reasons).toEqual(["the change against abc1234 adds 2 alerts, removes 1 and changes 0"]);
  });

  it("fails on diff errors with alert-change", () => {
    const result = evaluateGate(passing, diffReport({ errors: 2 }), { failOn: "alert-change" });

    expect(result.reasons).toEqual(["2 errors in the base-versus-head diff"]);
  });

  it("notes a missing diff with alert-change", () => {
    const result = evaluateGate(passing, undefined, { failOn: "alert-change" });

    expect(result.fail).toBe(false);
    expect(result.ignored).toEqual(["fail-on alert-change found no base-versus-head diff to check"]);
  });

  it("never fails with never", () => {
    const result = evaluateGate(failing, changed, { failOn: "never" });

    expect(result.fail).toBe(false);
    expect(result.ignored).toEqual([
      "1 case failed",
      "the change against abc1234 adds 2 alerts, removes 1 and changes 0",
    ]);
  });

  it("fails above max-new-alerts", () => {
    const result = evaluateGate(passing, changed, { failOn: "never", maxNewAlerts: 1 });

    expect(result.fail).toBe(true);
    expect(result.reasons).toEqual(["the change against abc1234 adds 2 alerts, more than max-new-alerts (1)"]);
  });

  it("passes at max-new-alerts", () => {
    expect(evaluateGate(passing, changed, { failOn: "any", maxNewAlerts: 2 }).fail).toBe(false);
  });

  it("fails max-new-alerts without a diff", () => {
    const result = evaluateGate(passing, undefined, { failOn: "any", maxNewAlerts: 0 });

    expect(result.reasons).toEqual(["max-new-alerts is 0 but no base-versus-head diff was computed"]);
  });

  it("treats a failed diff as an error", () => {
    const reason = "the base-versus-head diff failed: git ref 'main' was not found";

    expect(evaluateGate(passing, undefined, { failOn: "any" }, "git ref 'main' was not found")).toEqual({
      fail: true,
      reasons: [reason],
      ignored: [],
    });
    expect(evaluateGate(passing, undefined, { failOn: "failures" }, "git ref 'main' was not found")).toEqual({
      fail: false,
      reasons: [],
      ignored: [reason],
    });
  });

  it("counts rule errors the summary misses", () => {
    const report = runReport([ruleReport({ status: "error", errors: [{ message: "m", text: "m" }] })]);
    report.summary.errors = 0;

    expect(evaluateGate(report, undefined, { failOn: "any" }).reasons).toEqual([
      "1 error kept rules or cases from being tested",
    ]);
  });
});

describe("parseGateOptions", () => {
  it("defaults to any without a limit", () => {
    expect(parseGateOptions({})).toEqual({ failOn: "any" });
    expect(parseGateOptions({ failOn: " ", maxNewAlerts: "" })).toEqual({ failOn: "any" });
  });

  it("reads both inputs", () => {
    expect(parseGateOptions({ failOn: "never", maxNewAlerts: "5" })).toEqual({
      failOn: "never",
      maxNewAlerts: 5,
    });
  });

  it("rejects an unknown mode", () => {
    expect(() => parseGateOptions({ failOn: "sometimes" })).toThrow(InputError);
    expect(() => parseGateOptions({ failOn: "sometimes" })).toThrow("invalid fail-on value 'sometimes'");
  });

  it("rejects a limit that is not a count", () => {
    expect(() => parseGateOptions({ maxNewAlerts: "-1" })).toThrow("invalid max-new-alerts value '-1'");
    expect(() => parseGateOptions({ maxNewAlerts: "2.5" })).toThrow(InputError);
  });
});
