import type { ExternalDataSource } from "../api.js";
import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { ExternalDataPlan } from "../plan/types.js";
import { queryError } from "../query-errors.js";
import { elementsOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Value } from "../types.js";
import { coerceValue } from "../values/coerce.js";

/**
 * The `externaldata` formats the engine reads, with the field separator
 * of each separated-values format
 * (https://learn.microsoft.com/kusto/ingestion-supported-formats).
 */
const SEPARATORS: Readonly<Record<string, string>> = {
  csv: ",",
  tsv: "\t",
  tsve: "\t",
  psv: "|",
  scsv: ";",
  sohsv: "\u0001",
};
const OTHER_FORMATS = ["txt", "raw", "json", "multijson"];
const FORMATS = [...Object.keys(SEPARATORS), ...OTHER_FORMATS];

/**
 * Lowers `externaldata (schema) [url, ...] with (format=..., ignoreFirstRecord=...)`
 * (https://learn.microsoft.com/kusto/query/externaldata-operator). The
 * engine fetches nothing: at evaluation the rows come from
 * `EvaluationInput.externalData`. Without `format`, the format comes from
 * the URL's file extension, and is `csv` when that is not a known format.
 * Other properties, such as `ingestionMapping`, and URLs that are not
 * constant raise an `unsupported` error.
 */
export function lowerExternalData(
  node: SyntaxNode,
  context: LowerContext,
): ExternalDataPlan {
  const columns = columnsOfNode(context, node);
  const urls = elementsOf(node.URIs).map((uri) => constantUrl(uri, context));
  const properties = withProperties(node, context);
  const format = properties.format ?? formatOfUrl(urls[0] ?? "");
  if (!FORMATS.includes(format)) {
    const message = `externaldata format '${format}' is not supported yet; use one of ${FORMATS.join(", ")}`;
    throw errorAt(context, node, message);
  }
  return {
    kind: "externaldata",
    offset: offsetOf(context, node),
    columns,
    urls,
    format,
    ignoreFirstRecord: properties.ignoreFirstRecord,
  };
}

function constantUrl(uri: SyntaxNode, context: LowerContext): string {
  const value: unknown = uri.ConstantValue;
  if (!uri.IsConstant || typeof value !== "string") {
    throw errorAt(context, uri, "an externaldata URL that is not a constant string is not supported yet");
  }
  return value;
}

function withProperties(
  node: SyntaxNode,
  context: LowerContext,
): { format?: string; ignoreFirstRecord: boolean } {
  const result: { format?: string; ignoreFirstRecord: boolean } = { ignoreFirstRecord: false };
  const clause = node.WithClause;
  if (!clause) return result;

  for (const property of elementsOf(clause.Properties)) {
    const name = String(property.Name.SimpleName);
    const value = String(property.Expression.ConstantValue ?? "");
    if (name.toLowerCase() === "format") {
      result.format = value.toLowerCase();
    } else if (name.toLowerCase() === "ignorefirstrecord") {
      result.ignoreFirstRecord = value.toLowerCase() === "true";
    } else {
      throw errorAt(context, property, `externaldata property '${name}' is not supported yet`);
    }
  }
  return result;
}

function formatOfUrl(url: string): string {
  const path = url.split(/[?#]/)[0];
  const extension = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  return extension !== undefined && FORMATS.includes(extension) ? extension : "csv";
}

/**
 * Evaluates `externaldata`: the rows of each URL's content in turn, in the
 * declared columns. A URL with no content in the evaluation input reads
 * no rows. A value that does not convert to its column's type raises an
 * `InputError` naming the URL.
 */
export function compileExternalData(
  plan: ExternalDataPlan,
  compiler: Compiler,
): TableFunction {
  return () => {
    const given = compiler.runtime.externalData ?? {};
    const rows = plan.urls.flatMap((url) => {
      const source = findSource(given, url);
      if (!source) return [];
      try {
        return readSource(source, plan);
      } catch (error: unknown) {
        const reason = error instanceof Error ? error.message : String(error);
        const message = `the content of externaldata '${url}' does not fit its schema: ${reason}`;
        throw queryError(compiler.text, plan.offset, message, "semantic");
      }
    });
    return { columns: plan.columns, rows };
  };
}

/** Finds a URL's content: by the exact URL, else by the URL without its query string. */
function findSource(
  given: Readonly<Record<string, ExternalDataSource>>,
  url: string,
): ExternalDataSource | undefined {
  if (url in given) return given[url];
  const base = url.split("?")[0];
  const key = Object.keys(given).find((candidate) => candidate.split("?")[0] === base);
  return key === undefined ? undefined : given[key];
}

function readSource(source: ExternalDataSource, plan: ExternalDataPlan): Value[][] {
  if ("rows" in source) return source.rows.map((row) => rowByName(row, plan.columns));

  const records = recordsOf(source.text, plan.format);
  const kept = plan.ignoreFirstRecord ? records.slice(1) : records;
  return kept.map((record) =>
    Array.isArray(record)
      ? rowByPosition(record, plan.columns)
      : rowByName(record, plan.columns),
  );
}

/** Splits content into records: arrays of field texts, or JSON objects. */
function recordsOf(text: string, format: string): (string[] | Record<string, unknown>)[] {
  if (format in SEPARATORS) return parseSeparated(text, SEPARATORS[format]);
  if (format === "raw") return [[text]];
  if (format === "txt") return lines(text).map((line) => [line]);
  if (format === "json") return lines(text).map(parseJsonObject);
  return parseMultiJson(text);
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "");
}

function parseJsonObject(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`expected a JSON object, got ${text.slice(0, 40)}`);
  }
  return value as Record<string, unknown>;
}

/** Reads `multijson`: one JSON array of objects, or objects one after another. */
function parseMultiJson(text: string): Record<string, unknown>[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    const value: unknown = JSON.parse(trimmed);
    return (value as unknown[]).map((item) => parseJsonObject(JSON.stringify(item)));
  }
  return splitJsonObjects(trimmed).map(parseJsonObject);
}

/** Splits concatenated JSON objects at the brace that closes each one. */
function splitJsonObjects(text: string): string[] {
  const objects: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "{") {
      if (depth === 0) start = i;
      depth++;
    } else if (char === "}" && --depth === 0) {
      objects.push(text.slice(start, i + 1));
    }
  }
  return objects;
}

/**
 * Parses separated values: a field in double quotes may contain the
 * separator, line breaks and doubled quotes. Blank lines are skipped.
 */
function parseSeparated(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") records.push(fields);
    fields = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === separator) {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else {
      field += char;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

/** Fills the columns in order; a missing field is null, or empty text. */
function rowByPosition(fields: readonly string[], columns: readonly Column[]): Value[] {
  return columns.map((column, i) => fieldValue(fields[i], column));
}

function rowByName(record: Readonly<Record<string, unknown>>, columns: readonly Column[]): Value[] {
  return columns.map((column) => {
    const value = record[column.name];
    if (typeof value === "string") return fieldValue(value, column);
    return coerceValue(value, column.type, `column ${column.name}`);
  });
}

function fieldValue(text: string | undefined, column: Column): Value {
  if (text === undefined || (text === "" && column.type !== "string")) {
    return column.type === "string" ? "" : null;
  }
  if (column.type === "dynamic") return parseDynamic(text);
  return coerceValue(text, column.type, `column ${column.name}`);
}

function parseDynamic(text: string): Value {
  try {
    return JSON.parse(text) as Value;
  } catch (error: unknown) {
    if (!(error instanceof SyntaxError)) throw error;
    return text;
  }
}
