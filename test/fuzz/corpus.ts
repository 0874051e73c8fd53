import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Column } from "../../src/kql/types.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CORPUS = join(ROOT, "test", "fixtures", "corpus", "sentinel");

/** Reads the query of a corpus rule, in either YAML dialect. */
export function corpusQuery(file: string): string {
  const rule = parse(readFileSync(join(CORPUS, file), "utf8")) as Record<string, unknown>;
  const query = rule.query ?? rule.Query;
  if (typeof query !== "string") throw new Error(`${file} has no query`);
  return query;
}

/** Reads every table schema of `schemas/`, by table name. */
export function repositorySchemas(): Record<string, readonly Column[]> {
  const tables: Record<string, readonly Column[]> = {};
  const folder = join(ROOT, "schemas");
  for (const name of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
    const schema = JSON.parse(readFileSync(join(folder, name), "utf8"));
    if (Array.isArray(schema.columns)) tables[schema.name] = schema.columns;
  }
  return tables;
}

export const REPOSITORY_ROOT = ROOT;
