import { InputError, formatInputError } from "../errors.js";
import type { CliDependencies } from "./dependencies.js";
import { runCoverageCommand } from "./coverage-command.js";
import { runDiffCommand } from "./diff-command.js";
import { HELP_TEXT } from "./help.js";
import { EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from "./io.js";
import { runMergeCommand } from "./merge-command.js";
import { runQueryCommand } from "./query-command.js";
import { runRunCommand } from "./run-command.js";
import { fromParseArgsError, usageError } from "./usage.js";

const COMMANDS = ["run", "query", "coverage", "diff", "merge"];

/**
 * Runs the command line with `argv` (the arguments after the program name)
 * and returns the exit status: 0 success, 1 a failed case, 2 invalid input
 * or an internal error. Nothing here calls `process.exit`.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  dependencies: CliDependencies,
  version: string,
): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
  if (argv.includes("--version") || argv.includes("-V")) {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }

  try {
    return await dispatch(argv, io, dependencies, version);
  } catch (error: unknown) {
    return reportError(fromParseArgsError(error), io, argv.includes("--debug"));
  }
}

async function dispatch(
  argv: string[],
  io: CliIo,
  dependencies: CliDependencies,
  version: string,
): Promise<number> {
  const [first, ...rest] = argv;
  const command = first !== undefined && !first.startsWith("-") ? first : "run";
  const args = command === first ? rest : argv;

  switch (command) {
    case "run":
      return runRunCommand(args, io, dependencies, version);
    case "query":
      return runQueryCommand(args, io, dependencies);
    case "diff":
      return runDiffCommand(args, io);
    case "merge":
      return runMergeCommand(args, io, dependencies, version);
    case "coverage":
      return runCoverageCommand(args, io);
    default:
      throw usageError(
        `unknown command '${command}'`,
        `use one of ${COMMANDS.join(", ")}, or run 'kql-rule-test --help'`,
      );
  }
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof InputError) {
    io.stderr.write(`${formatInputError(error)}\n`);
    return EXIT_INVALID_INPUT;
  }

  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) {
    io.stderr.write(`${error.stack}\n`);
  } else {
    io.stderr.write("run again with --debug to see the stack trace\n");
  }
  return EXIT_INVALID_INPUT;
}
