import type { Column, KustoType, Table, Value } from "../kql/types.js";
import { TICKS_PER_SECOND } from "../kql/types.js";

const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;

/** Sample text for string columns, chosen by the column's name. */
const NAMED_STRINGS: readonly [RegExp, (n: number) => string][] = [
  [/Id$/, (n) => `id-${n}`],
  [/UserAgent$/i, (n) => `Mozilla/5.0 (Windows NT 10.0) Agent/${n}`],
  [/(^ip|ip(v4|v6)?(addr|address)?$)/i, (n) => `10.0.0.${n}`],
  [/(url|uri)$/i, (n) => `https://files.contoso.com/share/${n}`],
  [
    /(user|account|upn|caller|principal|identity|email|sender|recipient)/i,
    (n) => `user${n}@contoso.com`,
  ],
  [/(host|computer|device|domain|machine)/i, (n) => `host${n}.contoso.com`],
];

/** Values for the dynamic column of row `n`: a property bag, an array, text. */
function dynamicValue(n: number): Value {
  if (n % 3 === 1) return { Name: `item-${n}`, Value: n, Tags: ["a", "b"] };
  if (n % 3 === 2) return [{ Name: `item-${n}` }, `text-${n}`];
  return `text-${n}`;
}

/** Options of `generateRows`. */
export interface RowOptions {
  /** Rows of plausible values; default 3. */
  readonly count?: number;
  /**
   * Text to try in string and dynamic columns, such as the string literals
   * of the query, one row per text.
   */
  readonly texts?: readonly string[];
}

/**
 * Generates rows of plausible values for a table's columns: `count` rows,
 * then one row per text of `texts` with that text in every string and
 * dynamic column, then a row of nulls (empty strings for `string`
 * columns). Datetimes of row `n` (from 1) are `n` minutes before `now`,
 * so the first 60 rows fall inside a look-back window of an hour. The same
 * input always gives the same rows.
 */
export function generateRows(
  columns: readonly Column[],
  now: number,
  options: RowOptions = {},
): Table {
  const { count = 3, texts = [] } = options;
  const rows: Value[][] = [];
  for (let n = 1; n <= count; n++) {
    rows.push(columns.map((column) => sampleValue(column, n, now)));
  }
  for (const [index, text] of texts.entries()) {
    const n = count + index + 1;
    rows.push(columns.map((column) => textOrSample(column, text, n, now)));
  }
  rows.push(columns.map((column) => (column.type === "string" ? "" : null)));
  return { columns, rows };
}

function textOrSample(
  column: Column,
  text: string,
  n: number,
  now: number,
): Value {
  if (column.type === "string" || column.type === "dynamic") return text;
  return sampleValue(column, n, now);
}

/** Returns the value of a column in generated row `n` (from 1). */
export function sampleValue(column: Column, n: number, now: number): Value {
  const type: KustoType = column.type;
  switch (type) {
    case "bool":
      return n % 2 === 1;
    case "int":
    case "long":
      return n;
    case "real":
    case "decimal":
      return n + 0.5;
    case "string":
      return sampleString(column.name, n);
    case "datetime":
      return now - n * TICKS_PER_MINUTE;
    case "timespan":
      return n * TICKS_PER_MINUTE;
    case "guid":
      return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    case "dynamic":
      return dynamicValue(n);
  }
}

function sampleString(name: string, n: number): string {
  const named = NAMED_STRINGS.find(([pattern]) => pattern.test(name));
  return named ? named[1](n) : `${name}-${n}`;
}
