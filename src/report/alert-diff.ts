import { stringifyJson } from "./json-text.js";
import type { AlertDiff, AlertPair } from "./types.js";

/**
 * One line of an alert diff, before any colour or Markdown is applied:
 * `-` expected, `+` actual, a space for context.
 */
export interface DiffLine {
  sign: "-" | "+" | " ";
  text: string;
}

const ALERT_FIELDS = ["name", "description", "severity", "tactics"];

/** Keys longer than this are not padded, so one long column name does not push every value far right. */
const MAX_KEY_WIDTH = 24;

/**
 * Lays out an alert diff as lines. A missing alert paired with its closest
 * unexpected alert comes first, as the fields its expectation names: an
 * equal field once as context, a differing one as `-` expected and `+`
 * actual. Then each unpaired missing (expected) alert under a `- missing
 * alert` header, and each unpaired unexpected (actual) alert under
 * `+ unexpected alert`, one `key: value` line per field, with the values of
 * one alert aligned (except after keys longer than {@link MAX_KEY_WIDTH}).
 * Row diffs use the word `row` instead of `alert`. Values print as compact
 * JSON, so the string `"4"` and the number `4` look different.
 */
export function diffLines(diff: AlertDiff): DiffLine[] {
  const noun = diff.kind === "rows" ? "row" : "alert";
  const pairs = diff.pairs ?? [];
  const pairedMissing = new Set(pairs.map((pair) => pair.missing));
  const pairedUnexpected = new Set(pairs.map((pair) => pair.unexpected));
  const missing = diff.missing.filter((_, index) => !pairedMissing.has(index));
  const unexpected = diff.unexpected.filter((_, index) => !pairedUnexpected.has(index));
  return [
    ...pairs.flatMap(pairLines),
    ...missing.flatMap((alert) => alertLines("-", `missing ${noun}`, alert)),
    ...unexpected.flatMap((alert) => alertLines("+", `unexpected ${noun}`, alert)),
  ];
}

/** Formats a diff as plain text, one `- `, `+ ` or context line per entry. */
export function formatDiffText(diff: AlertDiff): string {
  return diffLines(diff)
    .map((line) => `${line.sign} ${line.text}`)
    .join("\n");
}

export function isEmptyDiff(diff: AlertDiff): boolean {
  return diff.missing.length === 0 && diff.unexpected.length === 0;
}

function pairLines(pair: AlertPair): DiffLine[] {
  const place = pair.line === undefined ? "" : ` (line ${pair.line})`;
  const header: DiffLine = {
    sign: " ",
    text: `expected alert${place} against the closest actual alert:`,
  };
  const width = keyWidth(pair.fields.map((field) => field.field));
  const line = (sign: DiffLine["sign"], key: string, value: string): DiffLine => ({
    sign,
    text: `  ${`${key}:`.padEnd(width)} ${value}`,
  });

  const lines = [header];
  for (const field of pair.fields) {
    const expected = formatValue(field.expected);
    if (field.matches) {
      lines.push(line(" ", field.field, expected));
      continue;
    }
    const actual = "actual" in field ? formatValue(field.actual) : "(not in the result)";
    lines.push(line("-", field.field, expected), line("+", field.field, actual));
  }
  return lines;
}

function keyWidth(keys: readonly string[]): number {
  const widths = keys.map((key) => key.length + 1).filter((width) => width <= MAX_KEY_WIDTH);
  return Math.max(0, ...widths);
}

function alertLines(sign: DiffLine["sign"], label: string, alert: unknown): DiffLine[] {
  const fields = describeAlert(alert);
  const width = keyWidth(fields.map(([key]) => key));
  const lines = fields.map(([key, value]) => ({
    sign,
    text: `  ${`${key}:`.padEnd(width)} ${value}`,
  }));
  return [{ sign, text: label }, ...lines];
}

/**
 * Flattens an alert (or an expected row) into `[key, value]` pairs: the
 * columns first under their own names, then the alert details, each custom
 * detail as `customDetails.Name` and each entity as `entities[i]`.
 */
export function describeAlert(alert: unknown): [string, string][] {
  if (!isRecord(alert)) return [["value", formatValue(alert)]];
  if (!isRecord(alert.columns)) return recordFields(alert, "");

  const fields = recordFields(alert.columns, "");
  for (const key of ALERT_FIELDS) {
    if (alert[key] !== undefined) fields.push([key, formatValue(alert[key])]);
  }
  if (isRecord(alert.customDetails)) {
    fields.push(...recordFields(alert.customDetails, "customDetails."));
  }
  if (Array.isArray(alert.entities)) {
    alert.entities.forEach((entity, index) => {
      fields.push([`entities[${index}]`, formatValue(entity)]);
    });
  }
  const known = new Set(["columns", "customDetails", "entities", ...ALERT_FIELDS]);
  for (const [key, value] of Object.entries(alert)) {
    if (!known.has(key) && value !== undefined) fields.push([key, formatValue(value)]);
  }
  return fields;
}

function recordFields(record: Record<string, unknown>, prefix: string): [string, string][] {
  return Object.entries(record).map(([key, value]) => [prefix + key, formatValue(value)]);
}

/** Formats one value as compact JSON (exact digits for a `bigint`). */
export function formatValue(value: unknown): string {
  if (value === undefined) return "undefined";
  return stringifyJson(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
