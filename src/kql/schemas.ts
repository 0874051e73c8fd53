import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../errors.js";
import type { Column, KustoType } from "./types.js";
import { KUSTO_TYPES } from "./types.js";

const TYPE_ALIASES: Readonly<Record<string, KustoType>> = {
  boolean: "bool",
  double: "real",
  date: "datetime",
  time: "timespan",
  uniqueid: "guid",
};

/**
 * Returns the repository's `schemas/` folder: beside the sources, beside
 * the bundle, or in the working directory.
 */
export function defaultSchemasDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const candidates = [
    join(here, "..", "..", "schemas"),
    join(here, "..", "schemas"),
    join(process.cwd(), "schemas"),
  ];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0];
}

/**
 * Reads every `*.json` schema file of a folder, each
 * `{ name, columns: [{ name, type }] }`. A missing folder gives no schemas.
 */
export function loadSchemas(folder: string): Record<string, Column[]> {
  const schemas: Record<string, Column[]> = {};
  if (!existsSync(folder)) return schemas;

  const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
  for (const file of files.sort()) {
    const path = join(folder, file);
    const parsed = JSON.parse(readFileSync(path, "utf8")) as {
      name?: unknown;
      columns?: unknown;
    };
    if (typeof parsed.name !== "string" || !Array.isArray(parsed.columns)) {
      const message = "a schema file must be { name, columns: [{ name, type }] }";
      throw new InputError(message, { file: path });
    }
    const columns = parsed.columns as { name: string; type: string }[];
    schemas[parsed.name] = columns.map((column) => ({
      name: column.name,
      type: kustoTypeOf(column.type, path),
    }));
  }
  return schemas;
}

/** Reads a Kusto type name, accepting the aliases Kusto accepts (`double`). */
export function kustoTypeOf(type: string, where: string): KustoType {
  const lower = type.toLowerCase();
  const resolved = TYPE_ALIASES[lower] ?? lower;
  if ((KUSTO_TYPES as readonly string[]).includes(resolved)) {
    return resolved as KustoType;
  }
  throw new InputError(`unknown column type '${type}' in ${where}`, {
    hint: `use one of ${KUSTO_TYPES.join(", ")}`,
  });
}
