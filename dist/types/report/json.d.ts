import type { RunReport } from "./types.js";
/**
 * Formats the run report JSON of `run --format json`: the report model
 * as it is (the fields the design fixes plus the extra ones), indented by
 * two spaces, ending with a newline.
 */
export declare function formatJsonReport(report: RunReport): string;
