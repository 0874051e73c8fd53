import { LineCounter, type Document, type Node } from "yaml";
import { InputError } from "../errors.js";
export interface SourcePosition {
    readonly line: number;
    readonly column: number;
}
export type PathSegment = string | number;
type Path = readonly PathSegment[];
/** A parsed YAML or JSON file that converts offsets into lines. */
export declare class SourceFile {
    readonly file: string;
    readonly text: string;
    readonly document: Document.Parsed;
    private readonly lineCounter;
    private readonly lines;
    constructor(file: string, text: string, document: Document.Parsed, lineCounter: LineCounter);
    /** Converts a character offset into a 1-based line and column. */
    position(offset: number): SourcePosition;
    /** Returns the text of a 1-based line, without its line break. */
    lineText(line: number): string;
}
/**
 * Parses a YAML (or JSON) file keeping source positions. Malformed YAML
 * raises an `InputError` of kind `yaml` at the first error's line.
 */
export declare function parseSourceFile(file: string, text: string): SourceFile;
/**
 * Positions of one rule's fields in its file. Paths use the rule model's
 * field names: `["entityMappings", 0, "fieldMappings", 1, "columnName"]`.
 * They are matched against the file's keys ignoring case and through the
 * top-level aliases, as the rule reader matches them.
 */
export declare class RuleSource {
    readonly source: SourceFile;
    /** The path of the rule's fields: `[]`, or `["resources", 0, "properties"]`. */
    private readonly rootPath;
    /** The absolute paths of top-level fields stored elsewhere (an ARM resource's `kind`). */
    private readonly redirects;
    constructor(source: SourceFile, 
    /** The path of the rule's fields: `[]`, or `["resources", 0, "properties"]`. */
    rootPath?: readonly PathSegment[], 
    /** The absolute paths of top-level fields stored elsewhere (an ARM resource's `kind`). */
    redirects?: Readonly<Record<string, Path>>);
    get file(): string;
    /** Returns the node at a path, or `null` when the path does not exist. */
    node(path: readonly PathSegment[]): Node | null;
    /**
     * Returns the position of a path: its value when the value is a scalar on
     * the key's line, else its key. A missing path gives the position of its
     * deepest existing parent.
     */
    locate(path: readonly PathSegment[]): SourcePosition;
    /** Returns the line where the rule, or its ARM resource, starts. */
    startLine(): number;
    /** Builds an `InputError` placed at a path of this rule. */
    error(path: readonly PathSegment[], message: string, details?: {
        hint?: string;
        kind?: string;
    }): InputError;
    private walk;
}
export {};
