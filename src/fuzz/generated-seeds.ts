import { generateRows, sampleValue } from "../coverage/row-generator.js";
import { stringLiterals } from "../coverage/string-literals.js";
import type { CompileOptions } from "../kql/api.js";
import { datetimeFromDate } from "../kql/types.js";
import type { Column, Table, Value } from "../kql/types.js";
import { writeField } from "./field-locator.js";
import type { FuzzEngine, Tables } from "./rule-runner.js";
import type { Rule } from "../rules/types.js";
import { findStringFilters } from "./string-filters.js";
import type { StringFilter } from "./string-filters.js";
import { parseQuery } from "./syntax.js";

/** An input a boundary scenario can start from: a golden case or generated tables. */
export interface SeedSource {
  /** The case file, or a label for generated input. */
  readonly file: string;
  readonly tables: Tables;
  /** When the scheduled run happens, in datetime ticks. */
  readonly at: number;
}

/** The `file` of generated seeds, which come from no case file. */
export const GENERATED_SOURCE = "(events generated from the table schemas)";

/**
 * The maximum number of variant rows per table, so that searching the
 * rows for a template stays within a few hundred rule runs.
 */
const MAX_VARIANTS = 48;

/** A fixed scheduled run time, so generated seeds are the same on every run. */
const GENERATED_AT = datetimeFromDate(new Date(Date.UTC(2024, 0, 15, 12)));

/**
 * Builds inputs from the schemas of the tables a rule reads, for a rule
 * with no golden case that reaches its aggregation. The first input has
 * the generated rows of `generateRows` (sample values, the query's string
 * literals, nulls), with a first row that meets every string filter of the
 * query at once. The second has variants of that row: one string column
 * (or one int or long column) set to one literal of the query. Datetimes
 * fall in the minutes before the run, so inside any look-back window of an
 * hour or more. The same rule always gives the same inputs.
 */
export function generateSeeds(
  rule: Rule,
  engine: FuzzEngine,
  schemas: CompileOptions,
): SeedSource[] {
  const referenced = engine.compileRule(rule, schemas).query.tablesReferenced;
  const columnsByTable = referenced.flatMap((name) => {
    const columns = schemas.tables[name];
    return columns ? [[name, columns] as const] : [];
  });
  const texts = stringLiterals(rule.query);
  const filters = findStringFilters(parseQuery(rule.query, schemas));

  const generated: Record<string, Table> = {};
  const variants: Record<string, Table> = {};
  for (const [name, columns] of columnsByTable) {
    const filtered = filteredRow(columns, filters);
    const rows = generateRows(columns, GENERATED_AT, { texts }).rows;
    generated[name] = { columns, rows: [filtered, ...rows] };
    variants[name] = { columns, rows: variantRows(columns, filtered, rule.query, texts) };
  }
  return [
    { file: GENERATED_SOURCE, tables: generated, at: GENERATED_AT },
    { file: GENERATED_SOURCE, tables: variants, at: GENERATED_AT },
  ];
}

/** Returns the first sample row with each string filter's constant written into it. */
function filteredRow(columns: readonly Column[], filters: readonly StringFilter[]): Value[] {
  const table: Table = { columns, rows: [] };
  let row: readonly Value[] = columns.map((column) => sampleValue(column, 1, GENERATED_AT));
  for (const filter of filters) {
    if (!columns.some((column) => column.name === filter.field.column)) continue;
    row = writeField(table, row, filter.field, filter.constant);
  }
  return [...row];
}

function variantRows(
  columns: readonly Column[],
  base: readonly Value[],
  query: string,
  texts: readonly string[],
): Value[][] {
  const numbers = numberLiterals(query);
  const rows: Value[][] = [];
  columns.forEach((column, index) => {
    const values = column.type === "string" ? texts : isInteger(column) ? numbers : [];
    for (const value of values) {
      if (base[index] === value) continue;
      const row = [...base];
      row[index] = value;
      rows.push(row);
    }
  });
  return rows.slice(0, MAX_VARIANTS);
}

function isInteger(column: Column): boolean {
  return column.type === "int" || column.type === "long";
}

/**
 * Returns the distinct integer literals of a query in order of
 * appearance, at most 16, skipping those inside string literals.
 */
function numberLiterals(query: string): number[] {
  const code = query.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\/[^\n]*/g, " ");
  const found = new Set<number>();
  for (const match of code.matchAll(/(?<![\w.])\d+(?![\w.])/g)) {
    found.add(Number(match[0]));
    if (found.size >= 16) break;
  }
  return [...found];
}
