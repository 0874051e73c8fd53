import { InputError } from "../errors.js";
import { parseGateOptions, type GateOptions } from "../github/gate.js";
import { parseShard, type ShardSpec } from "../github/shard.js";

/** The Action's inputs, read and checked. */
export interface ActionInputs {
  rules: string;
  cases: string;
  schemas: string;
  /** `fail-on` and `max-new-alerts`. */
  gate: GateOptions;
  /** The git ref to diff against, when the `base` input is set. */
  base?: string;
  /** Keeps one pull-request comment per key; see `commentMarker`. */
  commentKey?: string;
  /** The path of the SARIF log to write, relative to the workspace. */
  sarif?: string;
  shard?: ShardSpec;
  /** The token for the pull-request comment; empty when none was given. */
  token: string;
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
  const shard = optionalInput(core, "shard");
  return {
    rules: inputOr(core, "rules", "rules"),
    cases: inputOr(core, "cases", "test-cases"),
    schemas: inputOr(core, "schemas", "schemas"),
    gate: parseGateOptions({
      failOn: core.getInput("fail-on"),
      maxNewAlerts: core.getInput("max-new-alerts"),
    }),
    base: optionalInput(core, "base"),
    commentKey: readCommentKey(core),
    sarif: optionalInput(core, "sarif"),
    shard: shard === undefined ? undefined : parseShard(shard),
    token: core.getInput("github-token").trim(),
  };
}

function inputOr(core: InputReader, name: string, fallback: string): string {
  return core.getInput(name).trim() || fallback;
}

function optionalInput(core: InputReader, name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

function readCommentKey(core: InputReader): string | undefined {
  const key = optionalInput(core, "comment-key");
  if (key !== undefined && !/^[\w.-]+$/.test(key)) {
    throw new InputError(`invalid comment-key '${key}'`, {
      hint: "use letters, digits, '.', '_' and '-' only, such as nightly",
      kind: "usage",
    });
  }
  return key;
}
