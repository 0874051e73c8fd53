import type { KustoType } from "../kql/types.js";
import { type SourcePlace, type YamlPath, type YamlSource } from "./yaml-source.js";
/** The place of a value, with the text of its line for the caret. */
export interface ValuePlace extends SourcePlace {
    readonly sourceLine?: string;
}
/**
 * One event as written in a case file or an event file, before its values
 * are converted to the table's column types.
 */
export interface SourceRow {
    readonly values: Readonly<Record<string, unknown>>;
    /** True when every value is text that still needs parsing (a CSV cell). */
    readonly fromText: boolean;
    /** Column types the source fixes (a webhook column's suffix), if any. */
    readonly types?: Readonly<Record<string, KustoType>>;
    /** Returns where the value of `column` (or the row, when absent) is written. */
    placeOf(column?: string): ValuePlace;
}
/** Wraps the rows of a YAML (or JSON) list found at `path` in `source`. */
export declare function rowsFromYaml(source: YamlSource, path: YamlPath, rows: readonly unknown[]): SourceRow[];
/** Wraps rows that all sit on known lines of a text file (NDJSON, CSV). */
export declare function rowsOnLines(file: string, rows: readonly {
    values: Record<string, unknown>;
    line: number;
    text: string;
}[], fromText: boolean): SourceRow[];
