import type { RunAllOptions } from "../cases/run.js";
import type { TableInput } from "../kql/index.js";
import type { RunReport } from "../report/types.js";

export type { RunAllOptions };

/** A table given to `evaluateQuery`: row objects, or columns with rows. */
export type QueryTableInput = TableInput;

/** The library calls the command line makes, replaceable in tests. */
export interface CliDependencies {
  runAll(options: RunAllOptions): RunReport | Promise<RunReport>;
  exitCodeFor(report: RunReport): number;
  evaluateQuery(
    query: string,
    tables: Record<string, QueryTableInput>,
    options: {
      schemasDir?: string;
      functions?: Readonly<Record<string, string>>;
    },
  ): unknown;
}
