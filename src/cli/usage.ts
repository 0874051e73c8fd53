import { InputError } from "../errors.js";

const SEE_HELP = "run 'kql-rule-test --help' for the commands and options";

/** Raises an error for a command line that is not valid. */
export function usageError(message: string, hint = SEE_HELP): InputError {
  return new InputError(message, { hint, kind: "usage" });
}

/**
 * Raises the error for an option or command that the command line accepts
 * but that is not built yet, so it never looks like it ran.
 */
export function notSupportedYet(feature: string): InputError {
  return new InputError(`${feature} is not supported yet`, {
    hint: "leave it out; it is planned but not built",
    kind: "unsupported",
  });
}

/**
 * Converts an error of `node:util` `parseArgs` (unknown option, missing
 * value) into a usage error; returns any other error unchanged.
 */
export function fromParseArgsError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_")) {
    const message = (error as Error).message.replace(/\.$/, "");
    return usageError(message.charAt(0).toLowerCase() + message.slice(1));
  }
  return error;
}

/** Parses a whole non-negative decimal number given to `option`. */
export function parseCount(option: string, text: string): number {
  if (!/^\d+$/.test(text)) {
    throw usageError(`invalid value '${text}' for ${option}: expected a whole number`);
  }
  return Number(text);
}
