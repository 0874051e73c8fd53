import { readFileSync, realpathSync } from "node:fs";
import { dirname, extname, isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import { parseCsv } from "./csv.js";
import { rowsFromYaml, rowsOnLines, type SourceRow } from "./source-rows.js";
import { errorAt, parseYamlSource, toPlainValue, type YamlPath, type YamlSource } from "./yaml-source.js";

/** The repository root and the case file that names an event file. */
export interface EventFileContext {
  readonly root: string;
  readonly caseSource: YamlSource;
  /** Absolute path of the case file. */
  readonly casePath: string;
}

const FORMATS = [".json", ".ndjson", ".jsonl", ".csv", ".yaml", ".yml"];

/**
 * Reads the events of a `{file: path}` reference at `path` in the case
 * file. The path is relative to the case file and must stay inside the
 * repository, also after symbolic links are followed. JSON and YAML files
 * hold a list of objects, NDJSON one object per line, CSV a header row then
 * one event per record.
 */
export function readEventFile(
  context: EventFileContext,
  path: YamlPath,
  reference: string,
): SourceRow[] {
  const absolute = resolveInsideRoot(context, path, reference);
  const file = relative(context.root, absolute).split(sep).join("/");
  const text = readText(context, path, absolute, reference);

  switch (extname(absolute).toLowerCase()) {
    case ".ndjson":
    case ".jsonl":
      return readNdjson(file, text);
    case ".csv":
      return readCsv(file, text);
    default:
      return readYamlList(file, text);
  }
}

function resolveInsideRoot(
  context: EventFileContext,
  path: YamlPath,
  reference: string,
): string {
  const fail = (message: string, hint: string) =>
    errorAt(context.caseSource, [...path, "file"], message, { hint, kind: "case" });

  const absolute = resolve(dirname(context.casePath), reference);
  if (isAbsolute(reference) || !isInside(context.root, absolute)) {
    throw fail(
      `event file '${reference}' is outside the repository`,
      "give a path relative to the case file that stays inside the repository",
    );
  }
  if (!FORMATS.includes(extname(reference).toLowerCase())) {
    throw fail(
      `unsupported event file type '${reference}'`,
      `use one of ${FORMATS.join(", ")}`,
    );
  }
  return absolute;
}

function readText(
  context: EventFileContext,
  path: YamlPath,
  absolute: string,
  reference: string,
): string {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error: unknown) {
    const code = (error as { code?: unknown }).code;
    const expected = relative(context.root, absolute).split(sep).join("/");
    const problem = code === "ENOENT" ? "not found" : `cannot be read: ${messageOf(error)}`;
    throw errorAt(context.caseSource, [...path, "file"], `event file '${reference}' ${problem}`, {
      hint: `check the path: it is relative to the case file, so it names ${expected}`,
    });
  }
  if (!isInside(realpathSync(context.root), real)) {
    throw errorAt(
      context.caseSource,
      [...path, "file"],
      `event file '${reference}' is outside the repository`,
      { hint: "a symbolic link may point outside; copy the file into the repository" },
    );
  }
  return readFileSync(real, "utf8");
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== "" && !fromRoot.startsWith("..") && !isAbsolute(fromRoot);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readYamlList(file: string, text: string): SourceRow[] {
  const source = parseYamlSource(text, file);
  const value = toPlainValue(source);
  if (!Array.isArray(value) || !value.every(isRecord)) {
    throw errorAt(source, [], "an event file must hold a list of objects, one per event", {
      hint: "write the events as a JSON array or a YAML list of maps",
    });
  }
  return rowsFromYaml(source, [], value);
}

function readNdjson(file: string, text: string): SourceRow[] {
  const rows: { values: Record<string, unknown>; line: number; text: string }[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;

    const values = parseJsonLine(file, line, index + 1);
    rows.push({ values, line: index + 1, text: line });
  });
  return rowsOnLines(file, rows, false);
}

function parseJsonLine(file: string, line: string, lineNumber: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error: unknown) {
    throw new InputError(`invalid JSON: ${messageOf(error)}`, {
      file,
      line: lineNumber,
      sourceLine: line,
      hint: "write one JSON object per line",
      kind: "case",
    });
  }
  if (!isRecord(value)) {
    throw new InputError("each NDJSON line must be a JSON object", {
      file,
      line: lineNumber,
      sourceLine: line,
      hint: "write one JSON object per line",
      kind: "case",
    });
  }
  return value;
}

/**
 * Reads CSV text with a header row into rows placed on their lines, each
 * cell as text. A ragged record is an error at its line.
 */
export function readCsv(file: string, text: string): SourceRow[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error: unknown) {
    throw new InputError(`invalid CSV: ${messageOf(error)}`, {
      file,
      hint: "close the quoted cell with a double quote",
      kind: "case",
    });
  }
  const [header, ...body] = records;
  if (!header) return [];

  const lines = text.split("\n");
  const rows = body.map((record) => {
    const lineText = (lines[record.line - 1] ?? "").replace(/\r$/, "");
    if (record.cells.length !== header.cells.length) {
      throw new InputError(
        `CSV record has ${record.cells.length} cells but the header has ${header.cells.length}`,
        { file, line: record.line, sourceLine: lineText, kind: "case" },
      );
    }
    const values = Object.fromEntries(header.cells.map((name, i) => [name.trim(), record.cells[i]]));
    return { values, line: record.line, text: lineText };
  });
  return rowsOnLines(file, rows, true);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
