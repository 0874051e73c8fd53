import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from "yaml";
import { InputError } from "../errors.js";
import { keyMatches } from "./rule-keys.js";

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export type PathSegment = string | number;

type Path = readonly PathSegment[];

/** A parsed YAML or JSON file that converts offsets into lines. */
export class SourceFile {
  private readonly lines: string[];

  constructor(
    readonly file: string,
    readonly text: string,
    readonly document: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {
    this.lines = text.split(/\r?\n/);
  }

  /** Converts a character offset into a 1-based line and column. */
  position(offset: number): SourcePosition {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  /** Returns the text of a 1-based line, without its line break. */
  lineText(line: number): string {
    return this.lines[line - 1] ?? "";
  }
}

/**
 * Parses a YAML (or JSON) file keeping source positions. Malformed YAML
 * raises an `InputError` of kind `yaml` at the first error's line.
 */
export function parseSourceFile(file: string, text: string): SourceFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const source = new SourceFile(file, text, document, lineCounter);
  if (document.errors.length > 0) throw yamlError(source, document.errors[0]);

  return source;
}

function yamlError(source: SourceFile, error: YAMLError): InputError {
  const { line, column } = source.position(error.pos[0]);
  const firstLine = error.message.split("\n")[0];
  const reason = firstLine.replace(/ at line \d+, column \d+:?$/, "");
  return new InputError(`invalid YAML: ${reason}`, {
    file: source.file,
    line,
    column,
    sourceLine: source.lineText(line),
    hint: "fix the YAML syntax at this line (check indentation, quotes and colons)",
    kind: "yaml",
  });
}

/** The node a path leads to, and the key it was found under. */
interface Located {
  readonly node: Node | null;
  readonly key: Node | null;
  /** False when the path stopped early because a segment is missing. */
  readonly found: boolean;
}

/**
 * Positions of one rule's fields in its file. Paths use the rule model's
 * field names: `["entityMappings", 0, "fieldMappings", 1, "columnName"]`.
 * They are matched against the file's keys ignoring case and through the
 * top-level aliases, as the rule reader matches them.
 */
export class RuleSource {
  constructor(
    readonly source: SourceFile,
    /** The path of the rule's fields: `[]`, or `["resources", 0, "properties"]`. */
    private readonly rootPath: readonly PathSegment[] = [],
    /** The absolute paths of top-level fields stored elsewhere (an ARM resource's `kind`). */
    private readonly redirects: Readonly<Record<string, Path>> = {},
  ) {}

  get file(): string {
    return this.source.file;
  }

  /** Returns the node at a path, or `null` when the path does not exist. */
  node(path: readonly PathSegment[]): Node | null {
    const located = this.walk(path);
    return located.found ? located.node : null;
  }

  /**
   * Returns the position of a path: its value when the value is a scalar on
   * the key's line, else its key. A missing path gives the position of its
   * deepest existing parent.
   */
  locate(path: readonly PathSegment[]): SourcePosition {
    const { node, key } = this.walk(path);
    const keyStart = key?.range?.[0];
    const valueStart = node?.range?.[0];
    if (keyStart === undefined) return this.source.position(valueStart ?? 0);
    if (valueStart === undefined || !isInlineScalar(node)) {
      return this.source.position(keyStart);
    }

    const keyPosition = this.source.position(keyStart);
    const valuePosition = this.source.position(valueStart);
    const sameLine = valuePosition.line === keyPosition.line;
    return sameLine ? valuePosition : keyPosition;
  }

  /** Returns the line where the rule, or its ARM resource, starts. */
  startLine(): number {
    const resource = this.rootPath.slice(0, -1);
    const located = walkNodes(this.source.document.contents, resource, -1);
    return this.source.position(located.node?.range?.[0] ?? 0).line;
  }

  /** Builds an `InputError` placed at a path of this rule. */
  error(
    path: readonly PathSegment[],
    message: string,
    details: { hint?: string; kind?: string } = {},
  ): InputError {
    const { line, column } = this.locate(path);
    return new InputError(message, {
      file: this.file,
      line,
      column,
      sourceLine: this.source.lineText(line),
      hint: details.hint,
      kind: details.kind ?? "schema",
    });
  }

  private walk(path: readonly PathSegment[]): Located {
    const first = path[0];
    const redirect =
      typeof first === "string" ? this.redirects[first] : undefined;
    const absolute = redirect
      ? [...redirect, ...path.slice(1)]
      : [...this.rootPath, ...path];
    const rootDepth = redirect ? -1 : this.rootPath.length;
    return walkNodes(this.source.document.contents, absolute, rootDepth);
  }
}

function walkNodes(
  start: unknown,
  path: readonly PathSegment[],
  rootDepth: number,
): Located {
  let current: Located = { node: start as Node | null, key: null, found: true };
  for (const [depth, segment] of path.entries()) {
    const next = stepInto(current.node, segment, depth === rootDepth);
    if (!next) return { ...current, found: false };
    current = next;
  }
  return current;
}

function stepInto(
  node: unknown,
  segment: PathSegment,
  atRoot: boolean,
): Located | null {
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item ? { node: item as Node, key: null, found: true } : null;
  }
  if (!isMap(node)) return null;

  for (const pair of node.items) {
    const keyText = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (keyText === undefined) continue;
    if (!keyMatches(keyText, String(segment), atRoot)) continue;

    const value = (pair.value ?? null) as Node | null;
    return { node: value, key: pair.key as Node, found: true };
  }
  return null;
}

function isInlineScalar(node: unknown): boolean {
  if (!isScalar(node)) return false;
  return node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED";
}
