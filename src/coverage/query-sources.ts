import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { InputError } from "../errors.js";
import {
  loadRuleFile,
  parseSourceFile,
  RULE_EXTENSIONS,
  type RuleSource,
} from "../rules/index.js";
import {
  readRuleDocuments,
  type RuleDocument,
} from "../rules/rule-dialects.js";
import type { SkippedFile } from "./types.js";

/** A query to check, and where it comes from. */
export interface QuerySource {
  /** Absolute path of the file. */
  readonly file: string;
  /** The rule's name, or the file name without `.kql`. */
  readonly rule: string;
  readonly id?: string;
  /** `null` when the file yields no query, with the reason in `error`. */
  readonly query: string | null;
  /** The rule's place in its file, to map query errors onto the file. */
  readonly source?: RuleSource;
  /** The rule's validation error, or the reason no query could be read. */
  readonly error?: InputError;
}

/** The queries found under some paths, and the files that hold none. */
export interface FoundQueries {
  readonly sources: QuerySource[];
  readonly skipped: SkippedFile[];
}

const QUERY_EXTENSION = ".kql";
const NOT_A_RULE = "not a Sentinel analytic rule";

/**
 * Finds the queries under `paths` (files or folders, relative to `root`):
 * each rule of a `.yaml`, `.yml` or `.json` rule file and each `.kql` file,
 * folders searched recursively in path order. A rule that fails validation
 * still has its query checked. A `.json` or YAML file that is no rule at
 * all is skipped with the reason. Raises a usage `InputError` for a path
 * that does not exist.
 */
export function findQueries(
  paths: readonly string[],
  root: string,
): FoundQueries {
  const files = new Set(paths.flatMap((path) => listFiles(path, root)));
  const found: FoundQueries = { sources: [], skipped: [] };
  for (const file of files) {
    if (extname(file).toLowerCase() === QUERY_EXTENSION) {
      found.sources.push(kqlSource(file));
    } else {
      addRuleSources(file, found);
    }
  }
  return found;
}

function listFiles(path: string, root: string): string[] {
  const absolute = resolve(root, path);
  if (!existsSync(absolute)) {
    throw new InputError(`path '${path}' not found`, {
      hint: `give rule files, .kql files or folders, relative to ${root}`,
      kind: "usage",
    });
  }
  if (!statSync(absolute).isDirectory()) return [absolute];
  return listFolder(absolute);
}

function listFolder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFolder(path));
    else if (isQueryFile(entry.name)) files.push(path);
  }
  return files.sort();
}

function isQueryFile(name: string): boolean {
  const extension = extname(name).toLowerCase();
  return extension === QUERY_EXTENSION || RULE_EXTENSIONS.includes(extension);
}

function kqlSource(file: string): QuerySource {
  const rule = basename(file, extname(file));
  try {
    const query = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    return { file, rule, query };
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot read '${file}': ${reason}`;
    const problem = new InputError(message, { file, kind: "io" });
    return { file, rule, query: null, error: problem };
  }
}

/**
 * Adds the rules of a file. The rule loader validates them. For a rule it
 * rejects, the query is read from the file's rule documents, so it is
 * checked all the same.
 */
function addRuleSources(file: string, found: FoundQueries): void {
  const loaded = loadRuleFile(file);
  for (const rule of loaded.rules) {
    const { name, id, query, source } = rule;
    found.sources.push({ file, rule: name, id, query, source });
  }
  if (loaded.failures.length === 0) return;

  const firstError = loaded.failures[0].errors[0];
  if (firstError.message.startsWith(NOT_A_RULE)) {
    found.skipped.push({ file, reason: firstError.message });
    return;
  }
  const documents = readDocuments(file);
  if (documents === undefined) {
    const rule = basename(file);
    found.sources.push({ file, rule, query: null, error: firstError });
    return;
  }
  const loadedIds = new Set(loaded.rules.map((rule) => rule.id));
  for (const document of documents) {
    const id = stringField(document, "id");
    if (id !== undefined && loadedIds.has(id)) continue;
    const failure =
      loaded.failures.find((item) => item.id === id) ?? loaded.failures[0];
    found.sources.push(failedRuleSource(file, document, failure.errors[0]));
  }
}

function readDocuments(file: string): RuleDocument[] | undefined {
  try {
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    return readRuleDocuments(parseSourceFile(file, text));
  } catch (error: unknown) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function failedRuleSource(
  file: string,
  document: RuleDocument,
  error: InputError,
): QuerySource {
  const query = stringField(document, "query") ?? null;
  return {
    file,
    rule: stringField(document, "name") ?? basename(file),
    id: stringField(document, "id"),
    query,
    source: document.source,
    error,
  };
}

function stringField(
  document: RuleDocument,
  field: string,
): string | undefined {
  const value = document.data[field];
  return typeof value === "string" ? value : undefined;
}
