import { exitCodeFor, runAll } from "../cases/run.js";
import { evaluateQuery } from "../kql/index.js";
import type { CliDependencies } from "./dependencies.js";

/** The library calls behind the command line and the Action. */
export const defaultDependencies: CliDependencies = { runAll, exitCodeFor, evaluateQuery };
