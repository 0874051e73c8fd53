import { diffAlerts, type DiffOptions } from "../diff/diff-alerts.js";
import { fuzzDiffInputs } from "../diff/fuzz-inputs.js";
import { fetchCommit, hasCommit } from "../diff/git.js";
import { formatDiffText } from "../diff/text.js";
import type { DiffReport } from "../diff/types.js";
import { formatInputError, InputError } from "../errors.js";
import type { ActionInputs } from "./inputs.js";
import type { WorkflowEvent } from "./event.js";

/** The logging part of `@actions/core` the diff step uses. */
export interface DiffLogger {
  info(message: string): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

/** The outcome of the diff step: a report, an error, or neither when skipped. */
export interface DiffOutcome {
  diff?: DiffReport;
  /** The reason the requested diff failed, as one line. */
  error?: string;
  /** The failure in the compiler-style frame, for the annotation. */
  errorText?: string;
}

export type DiffAlertsFunction = (options: DiffOptions) => Promise<DiffReport>;

/**
 * Runs the base-versus-head alert diff when there is a base: the `base`
 * input, else the base commit of a pull-request event. With a shard, only
 * shard 1 runs it, so a split reports the diff once. A base commit missing
 * from a shallow clone is fetched first. An `InputError` (such as a ref
 * that does not exist) is returned, not raised, so the run's own results
 * are still reported.
 */
export async function runAlertDiff(
  logger: DiffLogger,
  inputs: ActionInputs,
  event: WorkflowEvent,
  root: string,
  diff: DiffAlertsFunction = diffWithBoundaryInputs,
): Promise<DiffOutcome> {
  const base = inputs.base ?? event.baseSha;
  if (base === undefined) {
    logger.debug("no base input and no pull-request event, so no alert diff is computed");
    return {};
  }
  if (inputs.shard && inputs.shard.index !== 1) {
    logger.info(`the alert diff runs in shard 1 only; this is shard ${inputs.shard.index}`);
    return {};
  }

  const folders = { rules: inputs.rules, cases: inputs.cases, schemas: inputs.schemas };
  try {
    await fetchMissingCommit(logger, root, base);
    const report = await diff({ root, base, folders });
    logDiff(logger, report);
    return { diff: report };
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.message, errorText: formatInputError(error) };
  }
}

/** Runs `diffAlerts` with the boundary inputs of `fuzzDiffInputs` added. */
async function diffWithBoundaryInputs(options: DiffOptions): Promise<DiffReport> {
  const folders = {
    rules: options.folders?.rules ?? "rules",
    cases: options.folders?.cases ?? "test-cases",
    schemas: options.folders?.schemas ?? "schemas",
  };
  return diffAlerts({ ...fuzzDiffInputs(folders), ...options });
}

/**
 * Fetches `base` from `origin` when it is a full commit hash that the clone
 * lacks, as in a shallow checkout. A branch or tag name is left alone,
 * because fetching it would not create the local ref the diff resolves.
 */
async function fetchMissingCommit(
  logger: DiffLogger,
  root: string,
  base: string,
): Promise<void> {
  if (!/^[0-9a-f]{40}$/i.test(base) || (await hasCommit(root, base))) return;

  logger.info(`fetching the base commit ${base} from origin, because the clone does not contain it`);
  await fetchCommit(root, base);
}

function logDiff(logger: DiffLogger, report: DiffReport): void {
  const { added, removed, changed } = report.summary;
  const counts = `${added} added, ${removed} removed, ${changed} changed`;
  logger.startGroup(`alert diff against ${report.base}: ${counts}`);
  logger.info(formatDiffText(report).trimEnd());
  logger.endGroup();
}
