import { InputError } from "../errors.js";
import type { AnalyzedQuery } from "./analyze.js";
import { schemaText } from "./analyze.js";
import type { CompileOptions, CompiledQuery, EvaluationInput } from "./api.js";
import { compileScalar } from "./compile/scalar.js";
import { compileRows, materializeStreams } from "./compile/streaming.js";
import { compileTabular } from "./compile/tabular.js";
import type { Compiler, Runtime, TableFunction } from "./compile/types.js";
import type { SchemaNeeded } from "./lower/schema-needed.js";
import type { TabularPlan } from "./plan/types.js";
import { positionAt } from "./query-errors.js";
import { columnsOfTable, kindOf, symbolClassOf, walk } from "./syntax.js";
import type { Column } from "./types.js";

/** Compiled queries, by query text with the schemas written in. */
const MAX_CACHED_SCHEMAS = 64;

type QueryCompiler = (text: string, options: CompileOptions) => CompiledQuery;

/**
 * Compiles a query whose operator at `needed.insertAt` has data-dependent
 * columns. Each evaluation first evaluates the operator's input, derives
 * the columns, writes them into the query as the operator's output schema
 * (`evaluate bag_unpack(d) : (a:long, b:string)`), and evaluates that
 * query, compiled once per column set. Later operators of the same kind
 * repeat the step inside that compilation.
 *
 * NOTE: the operator's input is evaluated twice per evaluation, once for
 * its columns and once inside the completed query.
 */
export function compileWithRuntimeSchema(
  text: string,
  options: CompileOptions,
  analyzed: AnalyzedQuery,
  needed: SchemaNeeded,
  compile: QueryCompiler,
): CompiledQuery {
  const runtime = newRuntime();
  const probe = compileProbe(text, runtime, needed.input);
  const compiled = new Map<string, CompiledQuery>();

  const completed = (input: EvaluationInput): CompiledQuery => {
    const columns = withRuntime(runtime, input, () => needed.columnsFor(probe()));
    const schema = ` : ${schemaText(columns)}`;
    const rewritten = insert(text, needed.insertAt, schema);
    let query = compiled.get(rewritten);
    if (!query) {
      query = placeInOriginal(text, needed.insertAt, schema, () =>
        compile(rewritten, options),
      );
      if (compiled.size >= MAX_CACHED_SCHEMAS) compiled.clear();
      compiled.set(rewritten, query);
    }
    return query;
  };

  const root = analyzed.code.Syntax;
  return {
    text,
    resultColumns: knownColumns(analyzed),
    tablesReferenced: referencedTables(root, needed.input),
    plan: { root: needed.input, constants: [], tables: referencedTables(root, needed.input) },
    evaluate: (given) => {
      // The operator's input is read twice, so every stream becomes an array.
      const tables = materializeStreams(given.tables, new Set());
      const input = { ...given, tables };
      const query = completed(input);
      return placeInOriginal(text, needed.insertAt, "", () => query.evaluate(input));
    },
  };
}

function newRuntime(): Runtime {
  return { now: 0, tables: {}, cache: new Map(), window: { rows: [], index: 0 } };
}

function compileProbe(
  text: string,
  runtime: Runtime,
  input: TabularPlan,
): TableFunction {
  const compiler: Compiler = {
    runtime,
    text,
    tabular: (node) => compileTabular(node, compiler),
    rows: (node) => compileRows(node, compiler),
    scalar: (node, columns, memo) => compileScalar(node, columns, compiler, memo),
  };
  return compileTabular(input, compiler);
}

function withRuntime<T>(
  runtime: Runtime,
  input: EvaluationInput,
  run: () => T,
): T {
  runtime.now = input.now;
  runtime.tables = input.tables;
  runtime.externalData = input.externalData;
  runtime.locateIp = input.locateIp;
  runtime.cache.clear();
  try {
    return run();
  } finally {
    runtime.tables = {};
    runtime.externalData = undefined;
    runtime.locateIp = undefined;
    runtime.cache.clear();
    runtime.window.rows = [];
  }
}

function insert(text: string, offset: number, addition: string): string {
  return `${text.slice(0, offset)}${addition}${text.slice(offset)}`;
}

/**
 * Runs `action` and moves an `InputError` it raises from the completed
 * query's text back to the original text, which lacks `inserted`.
 */
function placeInOriginal<T>(
  text: string,
  offset: number,
  inserted: string,
  action: () => T,
): T {
  try {
    return action();
  } catch (error: unknown) {
    if (!(error instanceof InputError) || error.line === undefined || inserted === "") {
      throw error;
    }
    const at = positionAt(text, offset);
    if (error.line !== at.line || (error.column ?? 0) <= at.column) throw error;
    throw new InputError(error.message, {
      line: error.line,
      column: (error.column ?? 0) - inserted.length,
      sourceLine: at.sourceLine,
      hint: error.hint,
      kind: error.kind,
    });
  }
}

/**
 * Returns the result columns Kusto.Language can tell before the data is
 * seen; a column of unknown type counts as `dynamic`.
 *
 * NOTE: when the query ends with the data-dependent operator, its new
 * columns are missing here.
 */
function knownColumns(analyzed: AnalyzedQuery): Column[] {
  const result = analyzed.code.ResultType;
  if (!result?.Columns) return [];
  return columnsOfTable(result).map(({ name, type }) => ({ name, type: type ?? "dynamic" }));
}

/** Lists the database tables a query names, in order of first reference. */
function referencedTables(root: unknown, input: TabularPlan): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  collectTables(input, add);
  walk(root, (node) => {
    if (kindOf(node) !== "NameReference") return;
    if (symbolClassOf(node.ReferencedSymbol) === "TableSymbol") {
      add(String(node.ReferencedSymbol.Name));
    }
  });
  return names;
}

function collectTables(plan: TabularPlan, add: (name: string) => void): void {
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    const record = node as { kind?: unknown; name?: unknown };
    if (record.kind === "table" && typeof record.name === "string") add(record.name);
    Object.values(node).forEach(visit);
  };
  visit(plan);
}
