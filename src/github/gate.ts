import { InputError } from "../errors.js";
import type { DiffReport } from "../diff/types.js";
import type { RunReport } from "../report/types.js";

/**
 * When a run fails:
 * - `any`: a failed case or property, an xpass, or an error;
 * - `failures`: a failed case or property, or an xpass (errors are only reported);
 * - `alert-change`: as `any`, and also any alert the base-versus-head diff adds, removes or changes;
 * - `never`: the `fail-on` conditions are only reported.
 */
export type FailOn = "any" | "failures" | "alert-change" | "never";

export const FAIL_ON_VALUES: readonly FailOn[] = ["any", "failures", "alert-change", "never"];

export interface GateOptions {
  failOn: FailOn;
  /**
   * The maximum number of alerts the diff may add, for release gates.
   * It applies in every `failOn` mode, `never` included.
   */
  maxNewAlerts?: number;
}

export interface GateResult {
  fail: boolean;
  /** The reasons the run fails, one sentence each, or none when it passes. */
  reasons: string[];
  /** Conditions found that the options do not fail on, such as errors with `failures`. */
  ignored: string[];
}

/**
 * Decides whether a run fails from its run report, its diff report and the
 * gate options. `diffError` is the reason a requested diff could not be computed,
 * such as a base commit missing from the clone. It counts as an error.
 */
export function evaluateGate(
  run: RunReport | undefined,
  diff: DiffReport | undefined,
  options: GateOptions,
  diffError?: string,
): GateResult {
  const failures = run ? failureReasons(run) : [];
  const errors = [...(run ? errorReasons(run) : []), ...(diff ? diffErrorReasons(diff) : [])];
  if (diffError !== undefined) errors.push(`the base-versus-head diff failed: ${diffError}`);
  const changes = diff ? alertChangeReasons(diff) : [];
  const reasons: string[] = [];
  const ignored: string[] = [];
  const sort = (found: string[], fails: boolean) => (fails ? reasons : ignored).push(...found);

  sort(failures, options.failOn !== "never");
  sort(errors, options.failOn === "any" || options.failOn === "alert-change");
  sort(changes, options.failOn === "alert-change");
  if (options.failOn === "alert-change" && !diff) {
    ignored.push("fail-on alert-change found no base-versus-head diff to check");
  }
  reasons.push(...newAlertReasons(diff, options.maxNewAlerts));
  return { fail: reasons.length > 0, reasons, ignored };
}

function failureReasons(run: RunReport): string[] {
  const reasons: string[] = [];
  const { failed, xpass } = run.summary;
  if (failed > 0) reasons.push(`${count(failed, "case")} failed`);
  if (xpass > 0) reasons.push(`${count(xpass, "xfail case")} unexpectedly passed`);

  const properties = run.rules.flatMap((rule) => rule.properties);
  const failedProperties = properties.filter((property) => property.status === "failed");
  if (failedProperties.length > 0) {
    reasons.push(`${count(failedProperties.length, "property", "properties")} failed`);
  }
  return reasons;
}

function errorReasons(run: RunReport): string[] {
  const ruleErrors = run.rules.filter((rule) => rule.errors.length > 0).length;
  const total = run.summary.errors || ruleErrors + run.errors.length;
  return total > 0 ? [`${count(total, "error")} kept rules or cases from being tested`] : [];
}

function diffErrorReasons(diff: DiffReport): string[] {
  const total = diff.summary.errors;
  return total > 0 ? [`${count(total, "error")} in the base-versus-head diff`] : [];
}

function alertChangeReasons(diff: DiffReport): string[] {
  const { added, removed, changed } = diff.summary;
  if (added + removed + changed === 0) return [];
  return [
    `the change against ${diff.base} adds ${count(added, "alert")}, removes ${removed} and changes ${changed}`,
  ];
}

function newAlertReasons(diff: DiffReport | undefined, maximum: number | undefined): string[] {
  if (maximum === undefined) return [];
  if (!diff) return [`max-new-alerts is ${maximum} but no base-versus-head diff was computed`];

  const added = diff.summary.added;
  if (added <= maximum) return [];
  return [`the change against ${diff.base} adds ${count(added, "alert")}, more than max-new-alerts (${maximum})`];
}

/**
 * Parses the `fail-on` and `max-new-alerts` inputs. An empty `fail-on`
 * means `any`; an empty `max-new-alerts` means no limit.
 */
export function parseGateOptions(input: { failOn?: string; maxNewAlerts?: string }): GateOptions {
  const failOn = (input.failOn ?? "").trim() || "any";
  if (!FAIL_ON_VALUES.includes(failOn as FailOn)) {
    throw new InputError(`invalid fail-on value '${failOn}'`, {
      hint: `use one of ${FAIL_ON_VALUES.join(", ")}`,
      kind: "option",
    });
  }

  const limit = (input.maxNewAlerts ?? "").trim();
  if (limit === "") return { failOn: failOn as FailOn };
  if (!/^\d+$/.test(limit)) {
    throw new InputError(`invalid max-new-alerts value '${limit}'`, {
      hint: "use a whole number of alerts, 0 or more",
      kind: "option",
    });
  }
  return { failOn: failOn as FailOn, maxNewAlerts: Number(limit) };
}

function count(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}
