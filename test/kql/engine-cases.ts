import { expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { evaluateQuery } from "../../src/kql/evaluate-query.js";
import type { TableInput } from "../../src/kql/evaluate-query.js";

/** The fixed `now()` of every engine case. */
export const NOW = "2026-04-20T09:00:00Z";

/**
 * One engine case: a query, its input tables and the expected result, or
 * the expected error. Tables use the `{ columns, rows }` form of
 * `evaluateQuery`; `columns` are written `Name:type`.
 */
export interface EngineCase {
  readonly name: string;
  readonly query: string;
  readonly tables?: Readonly<Record<string, { columns: string; rows: unknown[][] }>>;
  /** Expected column names and types, `Name:type`, when checked. */
  readonly columns?: readonly string[];
  /** Expected rows, in order. */
  readonly rows?: readonly unknown[][];
  /** Expected rows, in any order. */
  readonly unordered?: readonly unknown[][];
  readonly error?: { kind: string; message: string; line?: number; column?: number };
}

/** Registers one vitest test per case. */
export function runCases(cases: readonly EngineCase[]): void {
  for (const engineCase of cases) it(engineCase.name, () => checkCase(engineCase));
}

function checkCase(engineCase: EngineCase): void {
  const tables = toInputs(engineCase.tables ?? {});
  if (engineCase.error) {
    const error = captureError(() => evaluateQuery(engineCase.query, tables, { now: NOW }));
    expect(error.kind).toBe(engineCase.error.kind);
    expect(error.message).toBe(engineCase.error.message);
    if (engineCase.error.line !== undefined) expect(error.line).toBe(engineCase.error.line);
    if (engineCase.error.column !== undefined) expect(error.column).toBe(engineCase.error.column);
    return;
  }
  const result = evaluateQuery(engineCase.query, tables, { now: NOW });
  if (engineCase.columns) {
    expect(result.columns.map((column) => `${column.name}:${column.type}`)).toEqual(engineCase.columns);
  }
  if (engineCase.rows) expect(result.rows).toEqual(engineCase.rows);
  if (engineCase.unordered) expect(sortRows(result.rows)).toEqual(sortRows(engineCase.unordered));
}

/** Runs `action` and returns the `InputError` it throws; fails otherwise. */
export function captureError(action: () => unknown): InputError {
  try {
    action();
  } catch (error: unknown) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError, but the query ran");
}

function toInputs(
  tables: Readonly<Record<string, { columns: string; rows: unknown[][] }>>,
): Record<string, TableInput> {
  const inputs: Record<string, TableInput> = {};
  for (const [name, { columns, rows }] of Object.entries(tables)) {
    const parsed = columns.split(",").map((column) => {
      const [columnName, type] = column.split(":").map((part) => part.trim());
      return { name: columnName, type };
    });
    inputs[name] = { columns: parsed, rows };
  }
  return inputs;
}

function sortRows(rows: readonly unknown[][]): string[] {
  return rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value))).sort();
}
