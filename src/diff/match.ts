import { stringifyJson } from "../report/json-text.js";
import type { ChangedEntry, DiffAlert, DiffEntry } from "./types.js";

/** The alerts two versions of a rule raise on one input, matched. */
export interface AlertMatch {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: ChangedEntry[];
}

/**
 * Matches the alerts of the base and head versions of a rule on one input.
 * Alerts are keyed by their entities, or by all their columns when they have
 * none. Within a key, identical alerts pair first; the rest pair in order
 * and count as `changed`. Then alerts left unpaired whose columns are equal
 * pair as `changed` too, because only their entities differ (a changed
 * entity mapping). The rest of the head alerts are `added`, of the base
 * alerts `removed`. Column order and entity order do not matter.
 */
export function matchAlerts(
  caseName: string,
  base: readonly DiffAlert[],
  head: readonly DiffAlert[],
): AlertMatch {
  const baseGroups = groupByKey(base);
  const headGroups = groupByKey(head);
  const result: AlertMatch = { added: [], removed: [], changed: [] };

  for (const [key, headAlerts] of headGroups) {
    const baseAlerts = baseGroups.get(key) ?? [];
    baseGroups.delete(key);
    matchGroup(caseName, baseAlerts, headAlerts, result);
  }
  for (const baseAlerts of baseGroups.values()) {
    for (const alert of baseAlerts) result.removed.push({ case: caseName, alert });
  }
  pairEntityChanges(result);
  return result;
}

function pairEntityChanges(result: AlertMatch): void {
  for (const added of [...result.added]) {
    const index = result.removed.findIndex((entry) => sameColumns(entry.alert, added.alert));
    if (index === -1) continue;

    const [removed] = result.removed.splice(index, 1);
    result.added.splice(result.added.indexOf(added), 1);
    result.changed.push({ ...added, base: removed.alert, columns: [] });
  }
}

function matchGroup(
  caseName: string,
  base: DiffAlert[],
  head: DiffAlert[],
  result: AlertMatch,
): void {
  const unpairedBase = [...base];
  const unpairedHead: DiffAlert[] = [];
  for (const alert of head) {
    const same = unpairedBase.findIndex((other) => sameColumns(other, alert));
    if (same === -1) unpairedHead.push(alert);
    else unpairedBase.splice(same, 1);
  }

  const pairs = Math.min(unpairedBase.length, unpairedHead.length);
  for (let i = 0; i < pairs; i++) {
    const alert = unpairedHead[i];
    const before = unpairedBase[i];
    const columns = differingColumns(before, alert);
    result.changed.push({ case: caseName, alert, base: before, columns });
  }
  for (const alert of unpairedHead.slice(pairs)) {
    result.added.push({ case: caseName, alert });
  }
  for (const alert of unpairedBase.slice(pairs)) {
    result.removed.push({ case: caseName, alert });
  }
}

function groupByKey(alerts: readonly DiffAlert[]): Map<string, DiffAlert[]> {
  const groups = new Map<string, DiffAlert[]>();
  for (const alert of alerts) {
    const key = alertKey(alert);
    const group = groups.get(key);
    if (group) group.push(alert);
    else groups.set(key, [alert]);
  }
  return groups;
}

/** Returns the key alerts are matched by: their entities, else their columns. */
export function alertKey(alert: DiffAlert): string {
  if (alert.entities.length > 0) {
    const entities = alert.entities.map(canonicalJson).sort();
    return `entities:${entities.join("\n")}`;
  }
  return `columns:${canonicalJson(alert.columns)}`;
}

function sameColumns(a: DiffAlert, b: DiffAlert): boolean {
  return canonicalJson(a.columns) === canonicalJson(b.columns);
}

function differingColumns(base: DiffAlert, head: DiffAlert): string[] {
  const names = new Set([
    ...Object.keys(base.columns),
    ...Object.keys(head.columns),
  ]);
  const differing = [...names].filter(
    (name) =>
      !(name in base.columns) ||
      !(name in head.columns) ||
      canonicalJson(base.columns[name]) !== canonicalJson(head.columns[name]),
  );
  return differing.sort();
}

/** Serializes a value as JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return stringifyJson(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return value;

  const entries = Object.entries(value as Record<string, unknown>);
  entries.sort(([a], [b]) => Number(a > b) - Number(a < b));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
