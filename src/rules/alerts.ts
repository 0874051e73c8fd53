import type { KustoType, Table, Value } from "../kql/types.js";
import type { JsonValue } from "../kql/values/index.js";
import { buildEntities } from "./entities.js";
import { SEVERITIES, TACTICS } from "./rule-dialects.js";
import { displayString, rowObject } from "./result-values.js";
import type { Alert, Rule } from "./types.js";

/** Sentinel's cap on the alerts of one run with AlertPerResult. */
export const MAX_ALERTS_PER_RUN = 150;
/** The cap for NRT rules. */
export const MAX_NRT_ALERTS_PER_RUN = 30;

type Row = readonly Value[];

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/**
 * Builds the alerts of a triggered run. SingleAlert (the default) gives one
 * alert for all rows. AlertPerResult gives one alert per row up to the cap
 * (150, or 30 for NRT rules). Past the cap, the first cap - 1 rows get
 * their own alerts and the last alert covers the whole result, as a
 * SingleAlert would.
 */
export function buildAlerts(rule: Rule, result: Table): Alert[] {
  const rows = result.rows;
  // NOTE: Sentinel does not document what a triggered run with no rows
  // (`eq 0`, `lt 1`) raises; this raises one alert without columns.
  if (rule.aggregationKind === "SingleAlert" || rows.length === 0) {
    return [buildAlert(rule, result, rows, false)];
  }

  const cap = rule.kind === "NRT" ? MAX_NRT_ALERTS_PER_RUN : MAX_ALERTS_PER_RUN;
  const alertOf = (row: Row) => buildAlert(rule, result, [row], false);
  if (rows.length <= cap) return rows.map(alertOf);

  const single = rows.slice(0, cap - 1).map(alertOf);
  return [...single, buildAlert(rule, result, rows, true)];
}

/**
 * Builds one alert from its rows. Entities come from every row; the
 * columns, custom details and alert details overrides from the first.
 */
function buildAlert(
  rule: Rule,
  table: Table,
  rows: readonly Row[],
  summary: boolean,
): Alert {
  // NOTE: Sentinel's documentation does not say which row fills the
  // placeholders of an alert that covers several rows; the first row does.
  const first = rows[0];
  const columns = first ? rowObject(table, first) : {};
  const text = (column: string) => cellText(table, first, column);
  const override = rule.alertDetailsOverride;
  const tacticsCell = cell(table, first, override?.alertTacticsColumnName);
  const properties = (override?.alertDynamicProperties ?? []).map(
    (item) => [item.alertProperty, item.value] as const,
  );
  return {
    name: renderFormat(override?.alertDisplayNameFormat, text) ?? rule.name,
    description:
      renderFormat(override?.alertDescriptionFormat, text) ?? rule.description,
    severity:
      severityFrom(text(override?.alertSeverityColumnName ?? "")) ??
      rule.severity,
    tactics: tacticsFrom(tacticsCell) ?? rule.tactics,
    columns,
    entities: buildEntities(rule.entityMappings, table, rows),
    customDetails: pickColumns(rule.customDetails, columns),
    dynamicProperties: pickColumns(Object.fromEntries(properties), columns),
    rowCount: rows.length,
    summary,
  };
}

/**
 * Fills a format's `{{Column}}` placeholders. Returns `null`, so that the
 * rule's own value is used, when there is no format or a placeholder's
 * column is empty.
 */
function renderFormat(
  format: string | undefined,
  text: (column: string) => string,
): string | null {
  if (!format) return null;

  let empty = false;
  const rendered = format.replace(PLACEHOLDER, (_match, column: string) => {
    const value = text(column.trim());
    if (value === "") empty = true;
    return value;
  });
  return empty ? null : rendered;
}

// NOTE: Sentinel stores each custom detail as a list of values over the
// alert's rows; the model keeps the first row's value only.
function pickColumns(
  mapping: Readonly<Record<string, string>>,
  columns: Readonly<Record<string, JsonValue>>,
): Record<string, JsonValue> {
  const picked: Record<string, JsonValue> = {};
  for (const [key, column] of Object.entries(mapping)) {
    picked[key] = columns[column] ?? null;
  }
  return picked;
}

function severityFrom(text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  return SEVERITIES.find((severity) => severity.toLowerCase() === wanted);
}

/**
 * Reads tactics from a column holding a list or comma-separated text.
 * Returns `undefined` when the column is empty or names an unknown tactic.
 */
function tacticsFrom(found: Cell | undefined): string[] | undefined {
  if (!found || found.value === null) return undefined;

  const items = Array.isArray(found.value)
    ? found.value.map((item) => String(item))
    : displayString(found.value, found.type).split(",");
  const names = items.map((item) => item.trim()).filter((item) => item !== "");
  const tactics = names.map((name) =>
    TACTICS.find((tactic) => tactic.toLowerCase() === name.toLowerCase()),
  );
  if (tactics.length === 0) return undefined;
  if (tactics.some((tactic) => tactic === undefined)) return undefined;
  return tactics as string[];
}

interface Cell {
  readonly value: Value;
  readonly type: KustoType;
}

function cell(
  table: Table,
  row: Row | undefined,
  column: string | undefined,
): Cell | undefined {
  const index = table.columns.findIndex((item) => item.name === column);
  if (!row || !column || index < 0) return undefined;
  return { value: row[index], type: table.columns[index].type };
}

function cellText(table: Table, row: Row | undefined, column: string): string {
  const found = cell(table, row, column);
  return found ? displayString(found.value, found.type) : "";
}
