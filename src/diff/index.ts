export { diffAlerts, type DiffOptions } from "./diff-alerts.js";
export { formatDiffText, alertText } from "./text.js";
export { matchAlerts, alertKey, canonicalJson } from "./match.js";
export type * from "./types.js";
export type * from "./source.js";
export { projectSource, type CaseInput } from "./project-source.js";
export { lintRule, lintQuery, type LintKind, type QueryFinding } from "./lint.js";
