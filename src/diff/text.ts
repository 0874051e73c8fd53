import { stringifyJson } from "../report/json-text.js";
import type { ChangedEntry, DiffAlert, DiffEntry, DiffReport, RuleDiff } from "./types.js";

/**
 * Renders a diff report for the terminal: a summary line, then per rule
 * its change and each alert added (`+`), removed (`-`) or changed (`~`).
 */
export function formatDiffText(report: DiffReport): string {
  const lines = [summaryLine(report)];
  for (const rule of report.rules) lines.push("", ...ruleLines(rule));
  for (const error of report.errors) lines.push("", error.text);
  return lines.join("\n") + "\n";
}

function summaryLine(report: DiffReport): string {
  const { summary } = report;
  const head = report.dirty ? `${report.head} + working tree` : report.head;
  const counts = [
    plural(summary.rules, "rule"),
    `${summary.added} added`,
    `${summary.removed} removed`,
    `${summary.changed} changed`,
  ];
  if (summary.errors > 0) counts.push(plural(summary.errors, "error"));
  return `alerts ${report.base}..${head}: ${counts.join(", ")}`;
}

function ruleLines(rule: RuleDiff): string[] {
  const reasons = rule.reasons.filter((reason) => reason !== "rule");
  const reasonText = reasons.length > 0 ? `, ${reasons.join(" and ")} changed` : "";
  const lines = [`${rule.file} (${rule.change}${reasonText}): ${rule.name}`];
  const entries = rule.added.length + rule.removed.length + rule.changed.length;
  if (entries === 0 && rule.errors.length === 0) {
    lines.push(`  no alert changes on ${plural(rule.inputs, "input")}`);
  }
  for (const entry of rule.added) lines.push(`  + ${entryText(entry)}`);
  for (const entry of rule.removed) lines.push(`  - ${entryText(entry)}`);
  for (const entry of rule.changed) lines.push(...changedLines(entry));
  for (const error of rule.errors) lines.push(indent(error.text, "  "));
  return lines;
}

function entryText(entry: DiffEntry): string {
  return `[${entry.case}] ${alertText(entry.alert)}`;
}

/** Formats an alert as `Column=value, ...` with its entities after. */
export function alertText(alert: DiffAlert): string {
  const columns = Object.entries(alert.columns).map(
    ([name, value]) => `${name}=${valueText(value)}`,
  );
  const text = columns.join(", ");
  if (alert.entities.length === 0) return text;

  const entities = alert.entities.map(entityText).join("; ");
  return `${text} (entities: ${entities})`;
}

function entityText(entity: Record<string, unknown>): string {
  const { type, ...identifiers } = entity;
  const fields = Object.entries(identifiers).map(
    ([name, value]) => `${name}=${valueText(value)}`,
  );
  return [typeof type === "string" ? type : "entity", ...fields].join(" ");
}

function changedLines(entry: ChangedEntry): string[] {
  const lines = [`  ~ [${entry.case}] ${alertKeyText(entry.alert)}`];
  for (const column of entry.columns) {
    const before = columnText(entry.base, column);
    const after = columnText(entry.alert, column);
    lines.push(`      ${column}: ${before} -> ${after}`);
  }
  if (entry.columns.length === 0) lines.push(`      entities: ${entitiesText(entry.base)} -> ${entitiesText(entry.alert)}`);
  return lines;
}

function entitiesText(alert: DiffAlert): string {
  return alert.entities.length > 0 ? alert.entities.map(entityText).join("; ") : "(none)";
}

function alertKeyText(alert: DiffAlert): string {
  if (alert.entities.length > 0) return alert.entities.map(entityText).join("; ");
  return alertText(alert);
}

function columnText(alert: DiffAlert, column: string): string {
  return column in alert.columns ? valueText(alert.columns[column]) : "(absent)";
}

function valueText(value: unknown): string {
  return typeof value === "string" ? value : stringifyJson(value);
}

function indent(text: string, margin: string): string {
  return text
    .split("\n")
    .map((line) => margin + line)
    .join("\n");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
