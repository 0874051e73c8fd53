import { MAX_SEED } from "../cases/run.js";
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
  /** Generated inputs per property; 0 turns fuzzing off; unset means 100. */
  fuzzRuns?: number;
  /** The seed of every property; unset means one drawn at random and reported. */
  seed?: number;
}

/** The part of `@actions/core` that reads inputs. */
export interface InputReader {
  getInput(name: string): string;
}

/**
 * Reads and checks the inputs. Empty inputs fall back to the defaults of
 * action.yml, so the Action behaves the same when run without them (as in
 * tests). Raises an `InputError` for an invalid value.
 */
export function readInputs(core: InputReader): ActionInputs {
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
    fuzzRuns: readWholeNumber(core, "fuzz-runs", "use a whole number of runs per property, such as 100, or 0 to turn fuzzing off"),
    seed: readSeed(core),
  };
}

function readWholeNumber(core: InputReader, name: string, hint: string): number | undefined {
  const text = optionalInput(core, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) {
    throw new InputError(`invalid ${name} value '${text}'`, { hint, kind: "usage" });
  }
  return Number(text);
}

function readSeed(core: InputReader): number | undefined {
  const hint = `use a whole number from 0 to ${MAX_SEED}, such as the seed a failed property reported`;
  const seed = readWholeNumber(core, "seed", hint);
  if (seed !== undefined && seed > MAX_SEED) {
    throw new InputError(`invalid seed value '${seed}'`, { hint, kind: "usage" });
  }
  return seed;
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
