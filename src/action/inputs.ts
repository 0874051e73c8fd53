import { InputError } from "../errors.js";

/** When the Action fails the job. */
export type FailOn = "any" | "failures" | "never";

const FAIL_ON: readonly FailOn[] = ["any", "failures", "never"];

/** The Action's inputs, read and checked. */
export interface ActionInputs {
  rules: string;
  cases: string;
  schemas: string;
  failOn: FailOn;
  /** True when a `github-token` was given; nothing uses it yet. */
  hasToken: boolean;
}

/** The part of `@actions/core` that reads inputs. */
export interface InputReader {
  getInput(name: string): string;
}

/**
 * Reads and checks the inputs. Empty inputs fall back to the defaults of
 * action.yml, so the Action behaves the same when run without them (as in
 * tests). Raises an `InputError` for an invalid value, and for `fuzz-runs`
 * above 0, because fuzzing is not built yet.
 */
export function readInputs(core: InputReader): ActionInputs {
  const fuzzRuns = core.getInput("fuzz-runs").trim();
  if (fuzzRuns !== "" && fuzzRuns !== "0") {
    throw new InputError("fuzz-runs is not supported yet", {
      hint: "leave the fuzz-runs input out or set it to 0",
      kind: "unsupported",
    });
  }
  return {
    rules: inputOr(core, "rules", "rules"),
    cases: inputOr(core, "cases", "test-cases"),
    schemas: inputOr(core, "schemas", "schemas"),
    failOn: readFailOn(core),
    hasToken: core.getInput("github-token").trim() !== "",
  };
}

function inputOr(core: InputReader, name: string, fallback: string): string {
  return core.getInput(name).trim() || fallback;
}

function readFailOn(core: InputReader): FailOn {
  const value = inputOr(core, "fail-on", "any");
  if (!FAIL_ON.includes(value as FailOn)) {
    throw new InputError(`invalid fail-on '${value}'`, {
      hint: `use one of ${FAIL_ON.join(", ")}`,
      kind: "usage",
    });
  }
  return value as FailOn;
}
