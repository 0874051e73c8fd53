import { InputError } from "../errors.js";
import type { CompileOptions } from "../kql/api.js";
import { type Column, type KustoType } from "../kql/types.js";
/** Table schemas and workspace functions, and the errors of bad files. */
export interface LoadedSchemas {
    readonly tables: Record<string, readonly Column[]>;
    /** Function name to its KQL body (see `CompileOptions.functions`). */
    readonly functions: Record<string, string>;
    readonly errors: InputError[];
}
/**
 * Loads table schemas and workspace functions from folders. A `.json` file
 * is one table, `{ "name": "ZoomLogs", "columns": [{ "name", "type" }] }`.
 * A `.kql` file is one function named after the file. It contains the text
 * that would follow `let <name> = `, optionally after `//` comment lines.
 * A later folder replaces a table or function of an earlier one, so a
 * user's folder can override the repository's. A missing folder and a bad
 * file add an error and are skipped.
 */
export declare function loadSchemas(dirs: string | readonly string[]): LoadedSchemas;
/**
 * Loads the schemas a repository's rules run with: the tool's own
 * `schemas/` and `functions/` folders, then `schemasDir`, then the
 * `functions` folder beside `schemasDir` when there is one. A repository's
 * table or function replaces the shipped one of the same name. Without
 * `schemasDir`, only the shipped schemas and functions are loaded.
 */
export declare function loadRepositorySchemas(schemasDir: string | undefined): LoadedSchemas;
/**
 * Lists the folders `loadRepositorySchemas` reads, in override order. The
 * `functions` folder beside `schemasDir` is left out when it does not
 * exist, since a repository need not have one.
 */
export declare function repositorySchemaFolders(schemasDir: string): string[];
/**
 * Finds the tool's own `schemas` and `functions` folders: one level up
 * from the bundle in `dist/`, two levels up from this module in the source
 * tree.
 */
export declare function shippedSchemaFolders(): string[];
/** Returns the engine options for loaded schemas. */
export declare function compileOptionsOf(schemas: LoadedSchemas): CompileOptions;
/** Reads a type name, ignoring case and also in .NET spelling (`Int64`). */
export declare function kustoType(name: string): KustoType | undefined;
