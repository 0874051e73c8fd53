import { LineCounter, type Document } from "yaml";
import { InputError } from "../errors.js";
/** A position in a source file, 1-based. */
export interface SourcePlace {
    readonly file: string;
    readonly line: number;
    readonly column: number;
}
/** A parsed YAML (or JSON) file that can map a value's path to its line. */
export interface YamlSource {
    /** The file as reports show it, relative to the repository root. */
    readonly file: string;
    readonly text: string;
    readonly document: Document.Parsed;
    readonly lineCounter: LineCounter;
}
export type YamlPath = readonly (string | number)[];
/**
 * Parses YAML text keeping source positions. Malformed YAML raises an
 * `InputError` of kind `yaml` at the first error's line and column.
 */
export declare function parseYamlSource(text: string, file: string): YamlSource;
/** Converts the document to plain JavaScript values. */
export declare function toPlainValue(source: YamlSource): unknown;
/**
 * Returns the place of the value at `path`, or of the nearest ancestor that
 * exists when the value is missing.
 */
export declare function placeOf(source: YamlSource, path: YamlPath): SourcePlace;
/** Returns the place of the key of the entry at `path` (such as `rule:`). */
export declare function placeOfKey(source: YamlSource, path: YamlPath): SourcePlace;
/** Converts a character offset to a 1-based line and column. */
export declare function placeAtOffset(source: YamlSource, offset: number): SourcePlace;
/** Returns the text of the line that contains `offset`, without its newline. */
export declare function sourceLineAt(source: YamlSource, offset: number): string;
/** Returns the text of a 1-based line of the source. */
export declare function sourceLine(source: YamlSource, line: number): string;
/** Builds an `InputError` placed at the value found at `path`. */
export declare function errorAt(source: YamlSource, path: YamlPath, message: string, details?: {
    hint?: string;
    kind?: string;
    atKey?: boolean;
}): InputError;
