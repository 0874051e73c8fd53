import { parseLong } from "./values/long.js";
import { parseNamedDate } from "./values/named-date.js";
import { TIMESPAN_UNIT_TICKS } from "./values/text-parsers.js";
import { kindOf, elementsOf, textOf } from "./syntax.js";
import type { SyntaxNode } from "./syntax.js";
import type { KustoType, Value } from "./types.js";
import {
  TICKS_PER_DAY,
  formatDatetime,
  formatTimespan,
  parseDatetime,
  parseTimespan,
} from "./types.js";

/** A literal's value, or the reason it cannot be read. */
export type LiteralResult =
  | { ok: true; type: KustoType; value: Value }
  | { ok: false; reason: string };

const LITERAL_KINDS: Record<string, KustoType> = {
  BooleanLiteralExpression: "bool",
  IntLiteralExpression: "int",
  LongLiteralExpression: "long",
  RealLiteralExpression: "real",
  DecimalLiteralExpression: "decimal",
  StringLiteralExpression: "string",
  CompoundStringLiteralExpression: "string",
  DateTimeLiteralExpression: "datetime",
  TimespanLiteralExpression: "timespan",
  GuidLiteralExpression: "guid",
  DynamicExpression: "dynamic",
};

/** Tells whether a syntax node is a literal of a scalar type. */
export function isLiteral(node: SyntaxNode): boolean {
  return kindOf(node) in LITERAL_KINDS;
}

/**
 * Reads a literal expression. Kusto.Language decodes strings. The other
 * literals are read here from their text, because Kusto.Language 12.4.1
 * reads `real(nan)`, `time(2)` and hex longs as 0. The literal forms are
 * those of learn.microsoft.com/kusto/query/scalar-data-types/.
 */
export function readLiteral(node: SyntaxNode): LiteralResult {
  const type = LITERAL_KINDS[kindOf(node)];
  if (!type) return { ok: false, reason: `not a literal: ${kindOf(node)}` };
  if (type === "string") {
    return { ok: true, type, value: String(node.LiteralValue ?? "") };
  }
  if (type === "dynamic") return readDynamic(node);

  const text = textOf(node).trim();
  const value = readScalarText(type, text);
  if (value === undefined) {
    return { ok: false, reason: `invalid ${type} literal ${text}` };
  }
  return { ok: true, type, value };
}

function readScalarText(type: KustoType, text: string): Value | undefined {
  const inner = unwrap(text);
  if (inner.toLowerCase() === "null") return type === "string" ? "" : null;
  switch (type) {
    case "bool":
      return readBool(inner);
    case "int":
    case "long":
      return readLong(inner);
    case "real":
    case "decimal":
      return readReal(inner);
    case "datetime":
      return readDatetime(inner);
    case "timespan":
      return readTimespan(text, inner);
    case "guid":
      return /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(inner)
        ? inner.toLowerCase()
        : undefined;
    default:
      return undefined;
  }
}

/** Strips `name(` and `)` from `datetime(...)`-style literals, and quotes. */
function unwrap(text: string): string {
  const match = /^[A-Za-z_]+\s*\(([\s\S]*)\)$/.exec(text);
  const inner = (match ? match[1] : text).trim();
  const quoted = /^(["'])([\s\S]*)\1$/.exec(inner);
  return quoted ? quoted[2] : inner;
}

function readBool(text: string): Value | undefined {
  const lower = text.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return undefined;
}

function readLong(text: string): Value | undefined {
  const hex = /^([+-]?)0x([0-9a-f]+)$/i.exec(text);
  if (hex) {
    const value = BigInt(`0x${hex[2]}`) * (hex[1] === "-" ? -1n : 1n);
    return parseLong(value.toString()) ?? undefined;
  }
  return parseLong(text) ?? undefined;
}

function readReal(text: string): Value | undefined {
  const lower = text.toLowerCase();
  if (lower === "nan") return NaN;
  if (lower === "inf" || lower === "+inf") return Infinity;
  if (lower === "-inf") return -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

function readDatetime(text: string): Value | undefined {
  const iso = parseDatetime(text);
  if (iso !== null) return iso;
  // An ISO date that parseDatetime rejects names no real day (2023-02-30).
  if (/^\s*\d{4}-\d{2}-\d{2}/.test(text)) return undefined;

  const hasZone = text.includes("GMT") || /[zZ]$/.test(text);
  const ms = parseNamedDate(hasZone ? text : `${text} GMT`);
  if (Number.isNaN(ms)) return undefined;
  return parseDatetime(new Date(ms).toISOString()) ?? undefined;
}


/**
 * Reads `2d`, `1.5h`, `100ms`, `10microsecond`, `1tick`, `time(2)` (days),
 * `time(15 seconds)` and `time(0.12:34:56.7)`.
 */
function readTimespan(text: string, inner: string): Value | undefined {
  const withUnit = /^([+-]?\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(inner);
  if (withUnit) {
    const unit = TIMESPAN_UNIT_TICKS[withUnit[2].toLowerCase()];
    return unit === undefined ? undefined : Math.round(Number(withUnit[1]) * unit);
  }
  const wrapped = text !== inner;
  if (wrapped && /^[+-]?\d+(\.\d+)?$/.test(inner)) {
    return Math.round(Number(inner) * TICKS_PER_DAY);
  }
  return parseTimespan(inner) ?? undefined;
}

/**
 * Reads `dynamic(...)`, JSON objects and arrays of literals. Datetimes,
 * timespans and guids inside become their text, as in Kusto's JSON output,
 * and a whole number too large for a long becomes a real, as in JSON.
 */
function readDynamic(node: SyntaxNode): LiteralResult {
  try {
    return { ok: true, type: "dynamic", value: readJson(node.Expression) };
  } catch (error: unknown) {
    if (error instanceof LiteralReadError) {
      return { ok: false, reason: error.message };
    }
    throw error;
  }
}

class LiteralReadError extends Error {}

function readJson(node: SyntaxNode): Value {
  const kind = kindOf(node);
  if (kind === "JsonArrayExpression") return elementsOf(node.Values).map(readJson);
  if (kind === "JsonObjectExpression") return readJsonObject(node);
  if (kind === "NullLiteralExpression") return null;
  if (kind === "PrefixUnaryExpression" || kind === "UnaryMinusExpression") {
    const value = readJson(node.Expression);
    if (typeof value === "number") return -value;
    if (typeof value === "bigint") return -value;
    throw new LiteralReadError(`invalid dynamic literal ${textOf(node)}`);
  }
  const literal = readLiteral(node);
  if (literal.ok) return toJsonValue(literal.type, literal.value);
  if (kind === "LongLiteralExpression" && /^\d+$/.test(textOf(node).trim())) {
    return Number(textOf(node));
  }
  throw new LiteralReadError(literal.reason);
}

function readJsonObject(node: SyntaxNode): Value {
  const result: Record<string, Value> = {};
  for (const pair of elementsOf(node.Pairs)) {
    const name = JSON.parse(jsonStringText(String(pair.Name.Text))) as string;
    result[name] = readJson(pair.Value);
  }
  return result;
}

function jsonStringText(token: string): string {
  if (token.startsWith('"')) return token;
  const body = token.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"');
  return `"${body}"`;
}

function toJsonValue(type: KustoType, value: Value): Value {
  if (value === null) return null;
  if (type === "datetime") return formatDatetime(value as number);
  if (type === "timespan") return formatTimespan(value as number);
  return value;
}
