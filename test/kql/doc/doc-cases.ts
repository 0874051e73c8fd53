import { expect, it } from "vitest";
import { evaluateQuery } from "../../../src/kql/evaluate-query.js";
import { NOW, runCases, type EngineCase } from "../engine-cases.js";

/**
 * One scalar expression checked through `print`: a test name, the
 * expression, its expected Kusto type and its expected value as the result
 * JSON writes it.
 */
export type ScalarCase = readonly [name: string, expression: string, type: string, value: unknown];

/** Registers one engine case per row, each running `print r = <expression>`. */
export function runScalarCases(rows: readonly ScalarCase[]): void {
  runCases(rows.map(toEngineCase));
}

/** Like `runScalarCases`, for rows the engine does not get right yet. */
export function runScalarDefects(rows: readonly ScalarCase[]): void {
  runKnownDefects(rows.map(toEngineCase));
}

function toEngineCase([name, expression, type, value]: ScalarCase): EngineCase {
  return { name, query: `print r = ${expression}`, columns: [`r:${type}`], rows: [[value]] };
}

/**
 * Registers one `it.fails` test per case: each case contains the value its
 * documentation page states, which the engine does not return yet. Such a
 * test turns red once the engine is fixed, so the case can then move to
 * `runCases`.
 */
export function runKnownDefects(cases: readonly EngineCase[]): void {
  for (const engineCase of cases) {
    it.fails(engineCase.name, () => checkResult(engineCase));
  }
}

function checkResult(engineCase: EngineCase): void {
  const result = evaluateQuery(engineCase.query, {}, { now: NOW });
  if (engineCase.columns) {
    const columns = result.columns.map(({ name, type }) => `${name}:${type}`);
    expect(columns).toEqual(engineCase.columns);
  }
  if (engineCase.rows) expect(result.rows).toEqual(engineCase.rows);
}
