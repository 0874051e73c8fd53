import { InputError } from "../errors.js";
import type { CompileOptions, CompiledQuery } from "../kql/api.js";
import { analyzeFeatures, compileQuery } from "../kql/index.js";
import type { Table } from "../kql/types.js";
import type { CoverageStatus } from "./types.js";
import { generateRows } from "./row-generator.js";
import { stringLiterals } from "./string-literals.js";
import { describeInferred, inferWatchlists } from "./watchlist-inference.js";

/** How far the engine gets with one query. */
export interface QueryCoverage {
  readonly parsed: boolean;
  readonly supported: boolean;
  readonly unsupported: string[];
  readonly evaluated: boolean;
  readonly status: CoverageStatus;
  readonly unknownTables: string[];
  /** Declarations inferred for the check, such as `watchlist x: A, B`. */
  readonly inferred: string[];
  /** The first error, placed in the query text; `null` when evaluated. */
  readonly problem: InputError | null;
}

/** Kusto.Language's message, and the engine's for a name it cannot resolve. */
const UNKNOWN_TABLE = /^unknown table(?: or function)? '(.*)'$/;

/**
 * Checks whether one query parses, whether the engine supports every
 * operator and function it uses, and whether it reads only tables with a
 * schema. Then it compiles the query and evaluates it with `now()` at
 * `now` (datetime ticks), first on empty tables, then on rows generated
 * from each table's schema. The watchlists the query reads get the item
 * columns `inferWatchlists` finds.
 */
export function checkQuery(
  text: string,
  baseOptions: CompileOptions,
  now: number,
): QueryCoverage {
  const inference = inferWatchlists(text, baseOptions);
  const { options } = inference;
  const inferred = inference.watchlists.map(describeInferred);
  const { parsed, unsupported, diagnostics } = analyzeFeatures(text, options);
  const supported = parsed && unsupported.length === 0;
  const unknownTables = unknownTablesOf(diagnostics);
  const coverage = (
    status: CoverageStatus,
    problem: InputError | null,
    tables = unknownTables,
  ): QueryCoverage => ({
    parsed,
    supported,
    unsupported,
    evaluated: status === "evaluated",
    status,
    unknownTables: tables,
    inferred,
    problem,
  });

  if (!parsed) {
    const syntax = diagnostics.find((error) => error.kind === "syntax");
    return coverage("syntax error", syntax ?? diagnostics[0]);
  }
  if (unknownTables.length > 0) {
    const error = unknownTableError(unknownTables, diagnostics);
    return coverage("unknown table", error);
  }

  const problem = evaluationProblem(text, options, now);
  if (!problem) return coverage("evaluated", null);
  const unknownTable = UNKNOWN_TABLE.exec(problem.message)?.[1];
  if (unknownTable !== undefined) {
    return coverage("unknown table", problem, [unknownTable]);
  }
  return coverage(supported ? "failed" : "unsupported", problem);
}

function unknownTablesOf(diagnostics: readonly InputError[]): string[] {
  const names = diagnostics
    .map((error) => UNKNOWN_TABLE.exec(error.message)?.[1])
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)].sort();
}

/** Builds one error naming every unknown table, placed at the first. */
function unknownTableError(
  names: readonly string[],
  diagnostics: readonly InputError[],
): InputError {
  const first = diagnostics.find((error) => UNKNOWN_TABLE.test(error.message));
  const quoted = names.map((name) => `'${name}'`).join(", ");
  const noun = names.length === 1 ? "table" : "tables";
  return new InputError(`unknown ${noun} ${quoted}`, {
    line: first?.line,
    column: first?.column,
    sourceLine: first?.sourceLine,
    hint: `add a schema for each to the schemas folder, such as schemas/${names[0]}.json`,
    kind: "semantic",
  });
}

/**
 * Compiles the query and evaluates it on empty and on generated tables.
 * Returns the first error, or `undefined` when both runs succeed.
 *
 * NOTE: generated rows rarely reach a query's thresholds (such as
 * `count_ > 10` after a `summarize`), so the operators after one mostly
 * run on empty input here.
 */
function evaluationProblem(
  text: string,
  options: CompileOptions,
  now: number,
): InputError | undefined {
  try {
    const query = compileQuery(text, options);
    query.evaluate({ tables: emptyTables(query, options), now });
    const texts = stringLiterals(text);
    const tables = generatedTables(query, options, now, texts);
    query.evaluate({ tables, now });
    return undefined;
  } catch (error: unknown) {
    return asInputError(error);
  }
}

function emptyTables(
  query: CompiledQuery,
  options: CompileOptions,
): Record<string, Table> {
  const tables: Record<string, Table> = {};
  for (const name of query.tablesReferenced) {
    const columns = options.tables[name];
    if (columns) tables[name] = { columns, rows: [] };
  }
  return tables;
}

function generatedTables(
  query: CompiledQuery,
  options: CompileOptions,
  now: number,
  texts: readonly string[],
): Record<string, Table> {
  const tables: Record<string, Table> = {};
  for (const name of query.tablesReferenced) {
    const columns = options.tables[name];
    if (columns) tables[name] = generateRows(columns, now, { texts });
  }
  return tables;
}

/** Reports a plain `Error` from the engine as the bug it is, in a message. */
function asInputError(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InputError(`internal error: ${message}`, {
    hint: "this is a bug in kql-rule-test; please report it with the query",
    kind: "internal",
  });
}
