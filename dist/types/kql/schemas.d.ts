import type { Column, KustoType } from "./types.js";
/**
 * Returns the repository's `schemas/` folder: beside the sources, beside
 * the bundle, or in the working directory.
 */
export declare function defaultSchemasDir(): string;
/**
 * Reads every `*.json` schema file of a folder, each
 * `{ name, columns: [{ name, type }] }`. A missing folder gives no schemas.
 */
export declare function loadSchemas(folder: string): Record<string, Column[]>;
/** Reads a Kusto type name, accepting the aliases Kusto accepts (`double`). */
export declare function kustoTypeOf(type: string, where: string): KustoType;
