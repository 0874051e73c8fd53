/**
 * Parsers of structured text: `parse_url`, `parse_urlquery`, `parse_path`,
 * `parse_csv`. Pages: https://learn.microsoft.com/kusto/query/ followed by
 * `parse-url-function`, `parse-urlquery-function`, `parse-path-function`,
 * `parse-csv-function`.
 */
import type { Value } from "../types.js";
import { scalar, stringArg } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

function mapText(transform: (text: string) => Value) {
  return (site: CallSite): ScalarImpl => {
    const text = stringArg(site, 0);
    return ([value]) => transform(text(value));
  };
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch (error: unknown) {
    if (error instanceof URIError) return text;
    throw error;
  }
}

/** Parses `k1=v1&k2=v2` into a bag of decoded values, where a later repeated key wins. */
export function parseQueryParameters(query: string): Record<string, Value> {
  const parameters: Record<string, Value> = {};
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const key = equals < 0 ? pair : pair.slice(0, equals);
    parameters[decodeComponent(key)] = equals < 0 ? "" : decodeComponent(pair.slice(equals + 1));
  }
  return parameters;
}

const ABSOLUTE_URL =
  /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:([^:@/?#]*)(?::([^@/?#]*))?@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

/**
 * Splits an absolute URL into its parts.
 *
 * NOTE: the parse_url page shows `Path` without its leading slash in its
 * example; this engine keeps the slash (`/this/is/a/path`), as .NET's
 * `Uri.AbsolutePath` does. Text that is not an absolute URL gives an empty
 * bag.
 */
function parseUrl(text: string): Value {
  const match = ABSOLUTE_URL.exec(text.trim());
  if (!match) return {};
  const [, scheme, username = "", password = "", host, port = "", path, query = "", fragment = ""] = match;
  return {
    Scheme: scheme,
    Host: host,
    Port: port,
    Path: path,
    Username: username,
    Password: password,
    "Query Parameters": parseQueryParameters(query),
    Fragment: fragment,
  };
}

function parseUrlQuery(text: string): Value {
  const query = text.startsWith("?") ? text.slice(1) : text;
  return { "Query Parameters": parseQueryParameters(query) };
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):\/\//;
const DRIVE = /^(?:\\\\\?\\)?([A-Za-z]:)/;

/**
 * Splits a file path into scheme, root (a drive such as `C:`), directory,
 * file name, extension and alternate data stream (`file.txt:stream`).
 * Both slash kinds separate directories.
 */
function parsePath(text: string): Value {
  const scheme = SCHEME.exec(text)?.[1] ?? "";
  const rest = scheme ? text.slice(scheme.length + 3) : text;
  const root = DRIVE.exec(rest)?.[1] ?? "";
  const lastSeparator = Math.max(rest.lastIndexOf("/"), rest.lastIndexOf("\\"));
  const directoryPath = lastSeparator < 0 ? "" : rest.slice(0, lastSeparator);
  const lastPart = rest.slice(lastSeparator + 1);
  const streamAt = lastSeparator < 0 && root ? lastPart.indexOf(":", 2) : lastPart.indexOf(":");
  const filename = streamAt < 0 ? lastPart : lastPart.slice(0, streamAt);
  const dot = filename.lastIndexOf(".");
  const directorySeparator = Math.max(directoryPath.lastIndexOf("/"), directoryPath.lastIndexOf("\\"));
  const directoryName = directoryPath.slice(directorySeparator + 1);
  return {
    Scheme: scheme,
    RootPath: root,
    DirectoryPath: directoryPath,
    DirectoryName: directoryName === root ? "" : directoryName,
    Filename: filename,
    Extension: dot < 0 ? "" : filename.slice(dot + 1),
    AlternateDataStreamName: streamAt < 0 ? "" : lastPart.slice(streamAt + 1),
  };
}

/**
 * Splits the first record of CSV text into its fields. A field in double
 * quotes may hold commas, line breaks and doubled quotes (`""`).
 */
export function parseCsvRecord(text: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      break;
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

registerScalars(
  scalar("parse_url", mapText(parseUrl), ["parseurl"]),
  scalar("parse_urlquery", mapText(parseUrlQuery), ["parseurlquery"]),
  scalar("parse_path", mapText(parsePath)),
  scalar("parse_csv", mapText(parseCsvRecord)),
);
