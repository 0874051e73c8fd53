import { isScalar, type Scalar } from "yaml";
import { InputError } from "../errors.js";
import type { RuleSource, SourcePosition } from "./rule-source.js";

/** Maps a 1-based line and column of the query text to the rule file. */
export type QueryPositionMap = (line: number, column: number) => SourcePosition;

/**
 * Builds the map from the query text to the rule file. A literal block
 * (`query: |`) maps line by line, each query line sitting after the
 * block's indentation. A quoted or plain scalar maps character by
 * character when its escapes can be followed (JSON strings included).
 * Otherwise, as for a folded block, every position maps to the key's line.
 */
export function queryPositionMap(
  rule: RuleSource,
  query: string,
): QueryPositionMap {
  const node = rule.node(["query"]);
  const keyPosition = rule.locate(["query"]);
  const fallback: QueryPositionMap = () => keyPosition;
  if (!isScalar(node) || !node.range) return fallback;

  if (node.type === "BLOCK_LITERAL") return blockLiteralMap(rule, node, query);
  if (node.type === "BLOCK_FOLDED") return fallback;
  return inlineMap(rule, node, query) ?? fallback;
}

function blockLiteralMap(
  rule: RuleSource,
  node: Scalar,
  query: string,
): QueryPositionMap {
  const file = rule.source;
  const headerLine = file.position(node.range![0]).line;
  const queryLines = query.split("\n");
  return (line, column) => {
    const fileLine = headerLine + line;
    const text = file.lineText(fileLine).replace(/\r$/, "");
    const queryLine = queryLines[line - 1] ?? "";
    const indent = text.endsWith(queryLine)
      ? text.length - queryLine.length
      : 0;
    return { line: fileLine, column: indent + column };
  };
}

/**
 * Follows a quoted or plain scalar's source character by character,
 * recording where each character of the value starts. Returns `null` when
 * the decoded text differs from the value, such as for a multi-line
 * quoted string that YAML folds.
 */
function inlineMap(
  rule: RuleSource,
  node: Scalar,
  query: string,
): QueryPositionMap | null {
  const file = rule.source;
  const [start, end] = node.range!;
  const raw = file.text.slice(start, end);
  const offsets = decodeOffsets(raw, node.type);
  if (!offsets || offsets.text !== query) return null;

  const lineStarts = [0];
  for (let index = 0; index < query.length; index++) {
    if (query[index] === "\n") lineStarts.push(index + 1);
  }
  return (line, column) => {
    const index = (lineStarts[line - 1] ?? 0) + column - 1;
    const last = offsets.starts.length - 1;
    const offset = offsets.starts[Math.min(index, last)] ?? 0;
    return file.position(start + offset);
  };
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  "/": "/",
  "\\": "\\",
  '"': '"',
  "0": "\0",
};

interface DecodedText {
  readonly text: string;
  /** Offset in the raw source where each character of `text` starts. */
  readonly starts: number[];
}

function decodeOffsets(raw: string, type: Scalar["type"]): DecodedText | null {
  if (type === "PLAIN") {
    const starts = Array.from({ length: raw.length }, (_, index) => index);
    return { text: raw, starts };
  }
  if (type === "QUOTE_SINGLE") return decodeSingleQuoted(raw);
  if (type === "QUOTE_DOUBLE") return decodeDoubleQuoted(raw);
  return null;
}

function decodeSingleQuoted(raw: string): DecodedText {
  let text = "";
  const starts: number[] = [];
  for (let index = 1; index < raw.length - 1; index++) {
    starts.push(index);
    text += raw[index];
    if (raw[index] === "'" && raw[index + 1] === "'") index++;
  }
  return { text, starts };
}

function decodeDoubleQuoted(raw: string): DecodedText | null {
  let text = "";
  const starts: number[] = [];
  for (let index = 1; index < raw.length - 1; index++) {
    starts.push(index);
    if (raw[index] !== "\\") {
      text += raw[index];
      continue;
    }
    const escape = raw[index + 1];
    if (escape === "u") {
      const code = parseInt(raw.slice(index + 2, index + 6), 16);
      text += String.fromCharCode(code);
      index += 5;
    } else if (escape in ESCAPES) {
      text += ESCAPES[escape];
      index += 1;
    } else {
      return null;
    }
  }
  return { text, starts };
}

/**
 * Moves an engine error from the query text onto the rule file: its file,
 * line, column and source line become those of the rule file.
 */
export function rebaseQueryError(
  error: InputError,
  rule: RuleSource,
  map: QueryPositionMap,
): InputError {
  const position = map(error.line ?? 1, error.column ?? 1);
  return new InputError(error.message, {
    file: rule.file,
    line: position.line,
    column: position.column,
    sourceLine: rule.source.lineText(position.line).replace(/\r$/, ""),
    hint: error.hint,
    kind: error.kind,
  });
}
