/**
 * The `coverage` command's report: which rules and queries the engine
 * parses, supports and evaluates, and what is missing.
 */
export { coverageReport, type CoverageOptions } from "./coverage-report.js";
export { formatCoverageJson, formatCoverageText } from "./render.js";
export { generateRows, sampleValue } from "./row-generator.js";
export type * from "./types.js";
