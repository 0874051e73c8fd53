import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join } from "node:path";
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

/** Maximum length of the property part of a written file name, so names stay well under file system limits. */
const MAX_SLUG_LENGTH = 80;

/**
 * Writes a case document under `folder` and returns the file's path. The
 * file sits in the rule file's folder (`ruleFile` is relative to the
 * repository root) below `folder`, so rules of the same name in different
 * folders do not overwrite each other's cases. It is named after the rule
 * file and the property, so a later run replaces it.
 */
export function writeCaseFile(
  folder: string,
  ruleFile: string,
  property: string,
  document: CaseDocument,
  origin: string,
): string {
  const target = join(folder, ruleFolder(ruleFile));
  mkdirSync(target, { recursive: true });
  const stem = basename(ruleFile, extname(ruleFile));
  const path = join(target, `${stem}.${slugOf(property)}.yaml`);
  writeFileSync(path, caseYaml(document, origin));
  return path;
}

/** Returns the rule's folder, or `.` for a rule outside the repository. */
function ruleFolder(ruleFile: string): string {
  const folder = dirname(ruleFile);
  const outside = isAbsolute(folder) || folder.split(/[\\/]/).includes("..");
  return outside ? "." : folder;
}

function slugOf(property: string): string {
  return property
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-|-$/g, "");
}
