import { expect } from "vitest";
import "../../../src/kql/functions/index.js";
import {
  findAggregate,
  findScalar,
  type CallSite,
} from "../../../src/kql/functions/registry.js";
import { parseDatetime, parseTimespan, type KustoType, type Value } from "../../../src/kql/types.js";

/** The `now()` of every test call site: 2026-04-20T09:00:00Z. */
export const NOW = dt("2026-04-20T09:00:00Z");

export function dt(text: string): number {
  const ticks = parseDatetime(text);
  if (ticks === null) throw new Error(`bad datetime in test: ${text}`);
  return ticks;
}

export function ts(text: string): number {
  const ticks = parseTimespan(text);
  if (ticks === null) throw new Error(`bad timespan in test: ${text}`);
  return ticks;
}

function site(
  name: string,
  argTypes: readonly KustoType[],
  resultType: KustoType,
  constants: readonly (Value | undefined)[],
): CallSite {
  return { name, argTypes, resultType, constants, now: () => NOW };
}

/**
 * Calls a scalar function through the registry twice, once with every
 * argument varying per row and once with every argument constant, checks
 * that both give the same value, and returns it.
 */
export function call(
  name: string,
  argTypes: readonly KustoType[],
  args: readonly Value[],
  resultType: KustoType = "dynamic",
): Value {
  const fn = findScalar(name);
  if (!fn) throw new Error(`no scalar function ${name}`);

  const perRow = fn.compile(site(name, argTypes, resultType, args.map(() => undefined)))(args);
  const constant = fn.compile(site(name, argTypes, resultType, args))(args);
  expect(constant).toEqual(perRow);
  return perRow;
}

/** Compiles a scalar function with the given constants, for error tests. */
export function compileScalar(
  name: string,
  argTypes: readonly KustoType[],
  constants: readonly (Value | undefined)[],
  resultType: KustoType = "dynamic",
) {
  const fn = findScalar(name);
  if (!fn) throw new Error(`no scalar function ${name}`);
  return fn.compile(site(name, argTypes, resultType, constants));
}

/**
 * Runs an aggregation over rows of arguments, with `constants` for
 * arguments such as a size limit, and returns its result.
 */
export function aggregateRows(
  name: string,
  argTypes: readonly KustoType[],
  rows: readonly (readonly Value[])[],
  constants: readonly (Value | undefined)[] = [],
  resultType: KustoType = "dynamic",
): Value {
  const fn = findAggregate(name);
  if (!fn) throw new Error(`no aggregate function ${name}`);
  const accumulator = fn.compile(site(name, argTypes, resultType, constants))();
  for (const row of rows) accumulator.add(row);
  return accumulator.result();
}
