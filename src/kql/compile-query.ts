import "./functions/index.js";
import { analyzeQuery, throwFirstError } from "./analyze.js";
import type { CompileOptions, CompiledQuery } from "./api.js";
import { compileScalar } from "./compile/scalar.js";
import {
  compileRows,
  materializeStreams,
  streamableTables,
} from "./compile/streaming.js";
import { compileTabular } from "./compile/tabular.js";
import type { Compiler, Runtime } from "./compile/types.js";
import { Scope } from "./lower/context.js";
import type { LowerContext, LowerState } from "./lower/context.js";
import { lowerStatements, queryExpressionOf } from "./lower/statements.js";
import { lowerTabular } from "./lower/tabular.js";
import { SchemaNeeded } from "./lower/schema-needed.js";
import { compileWithRuntimeSchema } from "./open-schema.js";
import { checkWindowInputs } from "./plan/serialized.js";
import type { Plan } from "./plan/types.js";
import { queryError } from "./query-errors.js";
import type { SyntaxNode } from "./syntax.js";

/**
 * Parses, analyses, lowers and compiles a query once, for many
 * evaluations. Throws an `InputError` of kind `syntax`, `semantic` or
 * `unsupported`, placed in the query text. With several diagnostics, the
 * first is thrown and its hint counts the others.
 */
export function compileQuery(
  text: string,
  options: CompileOptions,
): CompiledQuery {
  const analyzed = analyzeQuery(text, options);
  throwFirstError(analyzed);

  let plan: Plan;
  try {
    plan = lowerQuery(text, analyzed.code.Syntax);
  } catch (error: unknown) {
    if (!(error instanceof SchemaNeeded)) throw error;
    return compileWithRuntimeSchema(text, options, analyzed, error, compileQuery);
  }
  const runtime: Runtime = {
    now: 0,
    tables: {},
    cache: new Map(),
    window: { rows: [], index: 0 },
  };
  const compiler: Compiler = {
    runtime,
    text,
    tabular: (node) => compileTabular(node, compiler),
    rows: (node) => compileRows(node, compiler),
    scalar: (node, columns, memo) => compileScalar(node, columns, compiler, memo),
  };
  const root = compileTabular(plan.root, compiler);
  const resultColumns = plan.root.columns;
  const streamable = streamableTables(plan.root);

  return {
    text,
    plan,
    resultColumns,
    tablesReferenced: plan.tables,
    evaluate: (input) => {
      runtime.now = input.now;
      runtime.tables = materializeStreams(input.tables, streamable);
      runtime.externalData = input.externalData;
      runtime.locateIp = input.locateIp;
      runtime.cache.clear();
      try {
        return { columns: resultColumns, rows: root().rows };
      } finally {
        runtime.tables = {};
        runtime.externalData = undefined;
        runtime.locateIp = undefined;
        runtime.cache.clear();
        runtime.window.rows = [];
      }
    },
  };
}

/** Lowers the analysed syntax tree of a query into the engine's plan. */
export function lowerQuery(text: string, root: SyntaxNode): Plan {
  const state: LowerState = { nextId: 1, constants: [], tables: [] };
  const context: LowerContext = {
    text,
    scope: new Scope(),
    state,
    row: [],
    lowerTabular,
  };
  const scoped = lowerStatements(root.Statements, context);
  const expression = queryExpressionOf(root.Statements);
  if (!expression) {
    const message = "the query has no tabular expression to evaluate";
    throw queryError(text, text.length, message, "semantic");
  }
  if (!expression.ResultType?.Columns) {
    const message = "the query's last statement is not a tabular expression";
    throw queryError(text, Number(expression.TextStart), message, "semantic");
  }
  const planRoot = lowerTabular(expression, scoped);
  checkWindowInputs(planRoot, text);
  return { root: planRoot, constants: state.constants, tables: state.tables };
}
