import type { KustoType } from "../kql/types.js";
import {
  placeOf,
  sourceLine,
  type SourcePlace,
  type YamlPath,
  type YamlSource,
} from "./yaml-source.js";

/** The place of a value, with the text of its line for the caret. */
export interface ValuePlace extends SourcePlace {
  readonly sourceLine?: string;
}

/**
 * One event as written in a case file or an event file, before its values
 * are converted to the table's column types.
 */
export interface SourceRow {
  readonly values: Readonly<Record<string, unknown>>;
  /** True when every value is text that still needs parsing (a CSV cell). */
  readonly fromText: boolean;
  /** Column types the source fixes (a webhook column's suffix), if any. */
  readonly types?: Readonly<Record<string, KustoType>>;
  /** Returns where the value of `column` (or the row, when absent) is written. */
  placeOf(column?: string): ValuePlace;
}

/** Wraps the rows of a YAML (or JSON) list found at `path` in `source`. */
export function rowsFromYaml(
  source: YamlSource,
  path: YamlPath,
  rows: readonly unknown[],
): SourceRow[] {
  return rows.map((values, index) => ({
    values: values as Record<string, unknown>,
    fromText: false,
    placeOf: (column?: string) =>
      withLine(source, placeOf(source, column ? [...path, index, column] : [...path, index])),
  }));
}

function withLine(source: YamlSource, place: SourcePlace): ValuePlace {
  return { ...place, sourceLine: sourceLine(source, place.line) };
}

/** Wraps rows that all sit on known lines of a text file (NDJSON, CSV). */
export function rowsOnLines(
  file: string,
  rows: readonly { values: Record<string, unknown>; line: number; text: string }[],
  fromText: boolean,
): SourceRow[] {
  return rows.map((row) => ({
    values: row.values,
    fromText,
    placeOf: () => ({ file, line: row.line, column: 1, sourceLine: row.text }),
  }));
}
