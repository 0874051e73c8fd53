import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from "yaml";
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
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const source = { file, text, document, lineCounter };

  const [first] = document.errors;
  if (first) {
    const offset = first.pos[0];
    throw new InputError(`invalid YAML: ${firstLine(first.message)}`, {
      ...placeAtOffset(source, offset),
      sourceLine: sourceLineAt(source, offset),
      hint: "fix the YAML syntax (indentation, quotes, a missing ':')",
      kind: "yaml",
    });
  }
  return source;
}

function firstLine(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

/** Converts the document to plain JavaScript values. */
export function toPlainValue(source: YamlSource): unknown {
  return source.document.toJS({ maxAliasCount: 1000 });
}

/**
 * Returns the place of the value at `path`, or of the nearest ancestor that
 * exists when the value is missing.
 */
export function placeOf(source: YamlSource, path: YamlPath): SourcePlace {
  let node: unknown = source.document.contents;
  let found = node;
  for (const key of path) {
    node = childNode(node, key);
    if (!isNode(node)) break;
    found = node;
  }
  const offset = isNode(found) ? ((found as Node).range?.[0] ?? 0) : 0;
  return placeAtOffset(source, offset);
}

/** Returns the place of the key of the entry at `path` (such as `rule:`). */
export function placeOfKey(source: YamlSource, path: YamlPath): SourcePlace {
  const parent = source.document.getIn(path.slice(0, -1), true);
  if (isMap(parent)) {
    const pair = parent.items.find(
      (item) => isScalar(item.key) && item.key.value === path[path.length - 1],
    );
    const key = pair?.key;
    if (isNode(key) && key.range) return placeAtOffset(source, key.range[0]);
  }
  return placeOf(source, path);
}

function childNode(node: unknown, key: string | number): unknown {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
    );
    return pair?.value;
  }
  if (isSeq(node) && typeof key === "number") return node.items[key];
  return undefined;
}

/** Converts a character offset to a 1-based line and column. */
export function placeAtOffset(source: YamlSource, offset: number): SourcePlace {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line, column: col };
}

/** Returns the text of the line that contains `offset`, without its newline. */
export function sourceLineAt(source: YamlSource, offset: number): string {
  const start = source.text.lastIndexOf("\n", offset - 1) + 1;
  const end = source.text.indexOf("\n", offset);
  return source.text.slice(start, end === -1 ? undefined : end).replace(/\r$/, "");
}

/** Returns the text of a 1-based line of the source. */
export function sourceLine(source: YamlSource, line: number): string {
  return (source.text.split("\n")[line - 1] ?? "").replace(/\r$/, "");
}

/** Builds an `InputError` placed at the value found at `path`. */
export function errorAt(
  source: YamlSource,
  path: YamlPath,
  message: string,
  details: { hint?: string; kind?: string; atKey?: boolean } = {},
): InputError {
  const place = details.atKey ? placeOfKey(source, path) : placeOf(source, path);
  return new InputError(message, {
    ...place,
    sourceLine: sourceLine(source, place.line),
    hint: details.hint,
    kind: details.kind ?? "case",
  });
}
