import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isSeq, type Node } from "yaml";
import { InputError } from "../errors.js";
import type { CompileOptions } from "../kql/api.js";
import { KUSTO_TYPES, type Column, type KustoType } from "../kql/types.js";
import { parseSourceFile, type SourceFile } from "./rule-source.js";

/** Table schemas and workspace functions, and the errors of bad files. */
export interface LoadedSchemas {
  readonly tables: Record<string, readonly Column[]>;
  /** Function name to its KQL body (see `CompileOptions.functions`). */
  readonly functions: Record<string, string>;
  readonly errors: InputError[];
}

/** Type names other tools write, read as the Kusto type. */
const TYPE_ALIASES: Readonly<Record<string, KustoType>> = {
  boolean: "bool",
  int32: "int",
  int64: "long",
  bigint: "long",
  double: "real",
  float: "real",
  uniqueidentifier: "guid",
  object: "dynamic",
};

/**
 * Loads table schemas and workspace functions from folders. A `.json` file
 * is one table, `{ "name": "ZoomLogs", "columns": [{ "name", "type" }] }`.
 * A `.kql` file is one function named after the file. It contains the text
 * that would follow `let <name> = `, optionally after `//` comment lines.
 * A later folder replaces a table or function of an earlier one, so a
 * user's folder can override the repository's. A missing folder and a bad
 * file add an error and are skipped.
 */
export function loadSchemas(dirs: string | readonly string[]): LoadedSchemas {
  const loaded: LoadedSchemas = { tables: {}, functions: {}, errors: [] };
  for (const dir of typeof dirs === "string" ? [dirs] : dirs) {
    for (const file of listSchemaFiles(dir, loaded.errors)) {
      loadSchemaFile(file, loaded);
    }
  }
  return loaded;
}

/**
 * Loads the schemas a repository's rules run with: the tool's own
 * `schemas/` and `functions/` folders, then `schemasDir`, then the
 * `functions` folder beside `schemasDir` when there is one. A repository's
 * table or function replaces the shipped one of the same name. Without
 * `schemasDir`, only the shipped schemas and functions are loaded.
 */
export function loadRepositorySchemas(schemasDir: string | undefined): LoadedSchemas {
  if (schemasDir === undefined) return loadSchemas(shippedSchemaFolders());
  return loadSchemas(repositorySchemaFolders(schemasDir));
}

/**
 * Lists the folders `loadRepositorySchemas` reads, in override order. The
 * `functions` folder beside `schemasDir` is left out when it does not
 * exist, since a repository need not have one.
 */
export function repositorySchemaFolders(schemasDir: string): string[] {
  const functions = join(dirname(schemasDir), "functions");
  const own =
    existsSync(functions) && functions !== schemasDir
      ? [schemasDir, functions]
      : [schemasDir];
  return [...shippedSchemaFolders(), ...own];
}

/**
 * Finds the tool's own `schemas` and `functions` folders: one level up
 * from the bundle in `dist/`, two levels up from this module in the source
 * tree.
 */
export function shippedSchemaFolders(): string[] {
  const moduleFolder = fileURLToPath(new URL(".", import.meta.url));
  const roots = [join(moduleFolder, ".."), join(moduleFolder, "..", "..")];
  const root = roots.find((candidate) =>
    existsSync(join(candidate, "schemas")),
  );
  if (root === undefined) return [];
  return ["schemas", "functions"]
    .map((name) => join(root, name))
    .filter((folder) => existsSync(folder));
}

/** Returns the engine options for loaded schemas. */
export function compileOptionsOf(schemas: LoadedSchemas): CompileOptions {
  return { tables: schemas.tables, functions: schemas.functions };
}

function listSchemaFiles(dir: string, errors: InputError[]): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => [".json", ".kql"].includes(extname(name).toLowerCase()))
      .sort()
      .map((name) => join(dir, name));
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot read the schemas folder '${dir}': ${reason}`;
    errors.push(new InputError(message, { file: dir, kind: "io" }));
    return [];
  }
}

function loadSchemaFile(file: string, loaded: LoadedSchemas): void {
  try {
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    if (extname(file).toLowerCase() === ".kql") {
      loaded.functions[basename(file, extname(file))] = declarationOf(text);
      return;
    }
    const { name, columns } = readTableSchema(parseSourceFile(file, text));
    loaded.tables[name] = columns;
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    loaded.errors.push(error);
  }
}

/**
 * Drops the `//` comment lines and blank lines before a function
 * declaration, because a declaration with parameters must start with `(`.
 */
function declarationOf(text: string): string {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => !/^\s*(\/\/.*)?$/.test(line));
  return start < 0 ? "" : lines.slice(start).join("\n").trim();
}

function readTableSchema(source: SourceFile): {
  name: string;
  columns: Column[];
} {
  const root = source.document.contents;
  const nameNode = isMap(root)
    ? (root.get("name", true) as Node | undefined)
    : undefined;
  const name = nameNode?.toJSON() as unknown;
  if (!isMap(root) || typeof name !== "string" || name === "") {
    const message = 'a table schema needs a "name" with the table name';
    throw schemaError(source, root, message);
  }

  const columnsNode = root.get("columns", true) as Node | undefined;
  if (!isSeq(columnsNode)) {
    const message = `table ${name} needs a "columns" list of { "name", "type" }`;
    throw schemaError(source, nameNode ?? root, message);
  }
  const columns = columnsNode.items.map((item) =>
    readColumn(source, item as Node),
  );
  return { name, columns };
}

function readColumn(source: SourceFile, node: Node): Column {
  const column = node.toJSON() as { name?: unknown; type?: unknown } | null;
  if (typeof column?.name !== "string" || typeof column.type !== "string") {
    const message = 'a column needs a "name" and a "type", both strings';
    throw schemaError(source, node, message);
  }
  const type = kustoType(column.type);
  if (!type) {
    const typeNode = isMap(node) ? (node.get("type", true) as Node) : node;
    throw schemaError(
      source,
      typeNode,
      `column ${column.name} has type '${column.type}', which is not a Kusto type: use one of ${KUSTO_TYPES.join(", ")}`,
    );
  }
  return { name: column.name, type };
}

/** Reads a type name, ignoring case and also in .NET spelling (`Int64`). */
export function kustoType(name: string): KustoType | undefined {
  const lower = name.toLowerCase().replace(/^system\./, "");
  return KUSTO_TYPES.find((type) => type === lower) ?? TYPE_ALIASES[lower];
}

function schemaError(
  source: SourceFile,
  node: unknown,
  message: string,
): InputError {
  const offset = (node as Node | undefined)?.range?.[0] ?? 0;
  const { line, column } = source.position(offset);
  return new InputError(message, {
    file: source.file,
    line,
    column,
    sourceLine: source.lineText(line),
    kind: "schema",
  });
}
