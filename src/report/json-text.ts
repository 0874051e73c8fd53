/**
 * Serializes a value as JSON the way every report of this tool writes it.
 * A `bigint` prints as its exact digits (a Kusto `long` beyond 2^53). The
 * numbers NaN and ±Infinity become the strings `"NaN"`, `"Infinity"` and
 * `"-Infinity"`, and a `toJSON` method (as on `Date`) is honoured. Object
 * properties that are `undefined` are left out and array items that are
 * `undefined` become `null`, as with `JSON.stringify`.
 *
 * @param indent spaces per nesting level; 0 writes everything on one line.
 */
export function stringifyJson(value: unknown, indent = 0): string {
  return writeValue(value, indent, "") ?? "null";
}

function writeValue(value: unknown, indent: number, margin: string): string | undefined {
  const plain = toPlain(value);
  if (plain === undefined || typeof plain === "function") return undefined;
  if (plain === null) return "null";
  if (typeof plain === "bigint") return plain.toString();
  if (typeof plain === "number") return writeNumber(plain);
  if (typeof plain === "string" || typeof plain === "boolean") {
    return JSON.stringify(plain);
  }
  if (Array.isArray(plain)) return writeArray(plain, indent, margin);
  return writeObject(plain as Record<string, unknown>, indent, margin);
}

function toPlain(value: unknown): unknown {
  const candidate = value as { toJSON?: () => unknown } | null;
  if (candidate !== null && typeof candidate === "object") {
    if (typeof candidate.toJSON === "function") return candidate.toJSON();
  }
  return value;
}

function writeNumber(value: number): string {
  if (Number.isFinite(value)) return JSON.stringify(value);
  return JSON.stringify(String(value));
}

function writeArray(items: unknown[], indent: number, margin: string): string {
  if (items.length === 0) return "[]";

  const inner = margin + " ".repeat(indent);
  const parts = items.map((item) => writeValue(item, indent, inner) ?? "null");
  return joinParts("[", parts, "]", indent, margin, inner);
}

function writeObject(
  object: Record<string, unknown>,
  indent: number,
  margin: string,
): string {
  const inner = margin + " ".repeat(indent);
  const separator = indent > 0 ? ": " : ":";
  const parts: string[] = [];
  for (const [key, item] of Object.entries(object)) {
    const text = writeValue(item, indent, inner);
    if (text !== undefined) parts.push(JSON.stringify(key) + separator + text);
  }
  if (parts.length === 0) return "{}";

  return joinParts("{", parts, "}", indent, margin, inner);
}

function joinParts(
  open: string,
  parts: string[],
  close: string,
  indent: number,
  margin: string,
  inner: string,
): string {
  if (indent === 0) return open + parts.join(",") + close;
  return `${open}\n${inner}${parts.join(`,\n${inner}`)}\n${margin}${close}`;
}
