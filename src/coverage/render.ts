import { stringifyJson } from "../report/json-text.js";
import type { CoverageReport, FileCoverage } from "./types.js";

const STATUS_WIDTH = "unknown table".length + 2;
const DETAIL_MARGIN = " ".repeat(STATUS_WIDTH);

/** Formats the coverage report as JSON, indented by two spaces. */
export function formatCoverageJson(report: CoverageReport): string {
  return `${stringifyJson(report, 2)}\n`;
}

/**
 * Formats the coverage report for a terminal. Each rule or `.kql` file gets
 * a line with its status, followed by what is unsupported and the error.
 * The totals, the gaps, the errors of supported queries and the skipped
 * files come last.
 */
export function formatCoverageText(report: CoverageReport): string {
  const lines = report.files.flatMap(fileLines);
  lines.push("", totalsLine(report));
  lines.push(...gapLines(report));
  lines.push(...failureLines(report));
  lines.push(...skippedLines(report));
  return `${lines.join("\n")}\n`;
}

function fileLines(item: FileCoverage): string[] {
  const place =
    item.line === undefined
      ? item.file
      : `${item.file}:${item.line}:${item.column}`;
  const lines = [`${item.status.padEnd(STATUS_WIDTH)}${place}  ${item.rule}`];
  if (item.unsupported.length > 0) {
    const names = item.unsupported.join(", ");
    lines.push(`${DETAIL_MARGIN}unsupported: ${names}`);
  }
  for (const text of item.inferred ?? []) {
    lines.push(`${DETAIL_MARGIN}inferred: ${text}`);
  }
  if (item.error !== null) lines.push(`${DETAIL_MARGIN}error: ${item.error}`);
  if (item.ruleError !== undefined) {
    lines.push(`${DETAIL_MARGIN}invalid rule: ${item.ruleError}`);
  }
  return lines;
}

function totalsLine({ totals }: CoverageReport): string {
  const noun = totals.files === 1 ? "query" : "queries";
  const counts = [
    `${totals.parsed} parsed`,
    `${totals.supported} supported`,
    `${totals.evaluated} evaluated`,
  ];
  return `${totals.files} ${noun}: ${counts.join(", ")}`;
}

function gapLines({ gaps }: CoverageReport): string[] {
  if (gaps.length === 0) return [];
  const width = Math.max(...gaps.map((gap) => gap.feature.length)) + 2;
  const rows = gaps.map(
    (gap) => `  ${gap.feature.padEnd(width)}${gap.rules} of ${gap.usedBy}`,
  );
  const title =
    "unsupported features (rules it alone keeps unsupported, of rules using it):";
  return ["", title, ...rows];
}

function failureLines({ failures }: CoverageReport): string[] {
  if (failures.length === 0) return [];
  const rows = failures.map((failure) => {
    const count = String(failure.rules).padStart(4);
    return `  ${count}  ${failure.kind}  ${failure.message}`;
  });
  return ["", "errors of supported queries (queries, kind, message):", ...rows];
}

function skippedLines({ skipped }: CoverageReport): string[] {
  if (skipped.length === 0) return [];
  const rows = skipped.map((item) => `  ${item.file}: ${item.reason}`);
  return ["", "skipped:", ...rows];
}
