import { InputError } from "../errors.js";
import { reportError } from "../cases/case-status.js";
import type { ReportError } from "../report/types.js";

/** Converts an `InputError` to the report's error form. */
export const toReportError = reportError;

/**
 * Runs `action` and returns its value, or the `InputError` it raised as a
 * report error. Other errors are bugs and propagate.
 */
export async function catchInputError<T>(
  action: () => Promise<T>,
): Promise<{ value: T } | { error: ReportError }> {
  try {
    return { value: await action() };
  } catch (error: unknown) {
    if (error instanceof InputError) return { error: toReportError(error) };
    throw error;
  }
}
