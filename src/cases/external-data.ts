import { readFileSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { InputError } from "../errors.js";
import type { ExternalDataSource } from "../kql/api.js";
import type { GoldenCase } from "./case-loader.js";
import type { EventFileContext } from "./event-files.js";
import { errorAt, type YamlPath } from "./yaml-source.js";

/**
 * Reads a case's `externaldata:` map, which the case schema has checked.
 * Each URL maps to rows by column name, or to `{file}`. The file, relative
 * to the case file and inside the repository, is what the query's
 * `externaldata` reads in its declared format instead of the URL.
 */
export function caseExternalData(
  spec: unknown,
  path: YamlPath,
  context: EventFileContext,
): Record<string, ExternalDataSource> {
  const sources: Record<string, ExternalDataSource> = {};
  if (typeof spec !== "object" || spec === null) return sources;

  for (const [url, value] of Object.entries(spec as Record<string, unknown>)) {
    if (Array.isArray(value)) {
      sources[url] = { rows: value as Record<string, unknown>[] };
      continue;
    }
    const file = (value as { file: string }).file;
    sources[url] = { text: readInsideRoot(context, [...path, url, "file"], file) };
  }
  return sources;
}

function readInsideRoot(context: EventFileContext, path: YamlPath, reference: string): string {
  const outside = () =>
    errorAt(context.caseSource, path, `file '${reference}' is outside the repository`, {
      hint: "give a path relative to the case file that stays inside the repository",
    });
  const absolute = resolve(dirname(context.casePath), reference);
  if (isAbsolute(reference) || !isInside(context.root, absolute)) throw outside();

  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw errorAt(context.caseSource, path, `file '${reference}' not found`, {
      hint: `check the path; it is relative to the case file (${reason})`,
    });
  }
  if (!isInside(realpathSync(context.root), real)) throw outside();
  return readFileSync(real, "utf8").replace(/^\uFEFF/, "");
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== "" && !fromRoot.startsWith("..") && !isAbsolute(fromRoot);
}

/**
 * Lists the URLs a plan's `externaldata` operators read, in plan order.
 * The plan is walked generically, so new plan kinds need no change here.
 */
export function externalDataUrls(plan: unknown): string[] {
  const urls: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const record = node as { kind?: unknown; urls?: unknown };
    if (record.kind === "externaldata" && Array.isArray(record.urls)) {
      for (const url of record.urls as string[]) if (!urls.includes(url)) urls.push(url);
    }
    Object.values(node).forEach(visit);
  };
  visit(plan);
  return urls;
}

/**
 * Warns about each URL a rule's `externaldata` reads that a case does not
 * map: at the rule when no case maps it, otherwise at each case that does
 * not, since `externaldata` then reads no rows there. A URL counts as
 * mapped by the same URL, or by one that differs only in its query string.
 */
export function externalDataWarnings(
  urls: readonly string[],
  cases: readonly GoldenCase[],
  rule: { file: string; line: number },
): InputError[] {
  const warnings: InputError[] = [];
  if (cases.length === 0) return warnings;
  for (const url of urls) {
    const lacking = cases.filter((item) => !maps(item.externalData ?? {}, url));
    if (lacking.length === cases.length) {
      warnings.push(unmappedUrl(url, rule, "no case maps externaldata URL"));
      continue;
    }
    for (const item of lacking) {
      warnings.push(unmappedUrl(url, item, "this case does not map externaldata URL"));
    }
  }
  return warnings;
}

function maps(given: Readonly<Record<string, ExternalDataSource>>, url: string): boolean {
  const base = url.split("?")[0];
  return Object.keys(given).some((key) => key === url || key.split("?")[0] === base);
}

function unmappedUrl(url: string, place: { file: string; line: number }, reason: string): InputError {
  return new InputError(`${reason} '${url}', so it reads no rows (nothing is fetched)`, {
    file: place.file,
    line: place.line,
    hint: `map it under externaldata: in the case, or in externaldata.yaml, to a local file such as { file: data/${fileNameOf(url)} }`,
    kind: "warning",
  });
}

function fileNameOf(url: string): string {
  const name = url.split(/[?#]/)[0].split("/").pop();
  return name === undefined || name === "" ? "content.csv" : name;
}
