import type { DiffAlert, DiffReport } from "./types.js";
/**
 * Renders a diff report for the terminal: a summary line, then per rule
 * its change and each alert added (`+`), removed (`-`) or changed (`~`).
 */
export declare function formatDiffText(report: DiffReport): string;
/** Formats an alert as `Column=value, ...` with its entities after. */
export declare function alertText(alert: DiffAlert): string;
