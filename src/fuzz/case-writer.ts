import { mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { stringify } from "yaml";
import { parseJsonText, valueToJson } from "../kql/values/index.js";
import { formatDatetime } from "../kql/types.js";
import type { Table, Value } from "../kql/types.js";
import type { Tables } from "./rule-runner.js";

/** The expectation of a golden case, in the case file's own shape. */
export interface CaseExpect {
  triggered?: boolean;
  alerts?: { columns: Record<string, unknown> }[];
}

/** A golden case as plain data, ready to be written as YAML. */
export interface CaseDocument {
  rule: string;
  name: string;
  at: string;
  tables: Record<string, Record<string, unknown>[]>;
  expect: CaseExpect;
}

/**
 * Builds a golden case document. Each row is written as a map of its
 * non-empty cells, so `null` and empty strings are left out. Datetimes are
 * ISO 8601 text. JSON text in a `string` column is written as a map or
 * list, which the case loader turns back into the same text.
 */
export function caseDocument(
  rule: string,
  name: string,
  at: number,
  tables: Tables,
  expect: CaseExpect,
): CaseDocument {
  const written: Record<string, Record<string, unknown>[]> = {};
  for (const [table, content] of Object.entries(tables)) {
    if (content.rows.length > 0) written[table] = content.rows.map((row) => rowMap(content, row));
  }
  return { rule, name, at: formatDatetime(at), tables: written, expect };
}

function rowMap(table: Table, row: readonly Value[]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  table.columns.forEach((column, index) => {
    const value = row[index];
    if (value === null || value === "") return;
    if (column.type === "string" && typeof value === "string") {
      const parsed = looksLikeJson(value) ? parseJsonText(value) : undefined;
      map[column.name] = parsed && typeof parsed === "object" ? parsed : value;
      return;
    }
    map[column.name] = valueToJson(value, column.type);
  });
  return map;
}

function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

/** Formats a case document as YAML, with a header line saying where it comes from. */
export function caseYaml(document: CaseDocument, origin: string): string {
  return `# ${origin}\n${stringify(document, { lineWidth: 0 })}`;
}

/**
 * Writes a case document under `folder`, named after the rule file and the
 * property, and returns the file's path.
 */
export function writeCaseFile(
  folder: string,
  ruleFile: string,
  property: string,
  document: CaseDocument,
  origin: string,
): string {
  mkdirSync(folder, { recursive: true });
  const stem = basename(ruleFile, extname(ruleFile));
  const slug = property
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const path = join(folder, `${stem}.${slug}.yaml`);
  writeFileSync(path, caseYaml(document, origin));
  return path;
}
