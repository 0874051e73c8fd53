import type { Compiler, TableFunction } from "../compile/types.js";
import { isUnresolvedInput } from "../fuzzy-union.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { TabularPlan, UnionPlan } from "../plan/types.js";
import {
  elementsOf,
  kindOf,
  nameOf,
  symbolClassOf,
  textOf,
} from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, Value } from "../types.js";
import { outerUnionColumns } from "./union-columns.js";

type UnionInput = UnionPlan["inputs"][number];

/** A lowered input, with the name `withsource` gives it when a wildcard set it. */
interface NamedInput {
  readonly plan: TabularPlan;
  readonly name?: string;
}

interface UnionOptions {
  readonly sourceColumn?: string;
  readonly inner: boolean;
  readonly fuzzy: boolean;
}

/**
 * `union [kind=inner|outer] [withsource=Name] [isfuzzy=true] T1, T2, ...`
 * and `T | union ...` (learn.microsoft.com/kusto/query/union-operator): the
 * rows of every input, each output column filled from the input columns of
 * its name and type. With `isfuzzy=true`, an input whose table or view does
 * not exist is left out, as Kusto leaves it out with a warning.
 */
export function lowerUnion(
  node: SyntaxNode,
  input: TabularPlan | undefined,
  context: LowerContext,
): UnionPlan {
  const options = unionOptions(node, context);
  const inputs: UnionInput[] = [];
  let skipped = false;
  if (input) {
    const written = writtenName(node.Parent?.Expression);
    inputs.push({ plan: input, name: written ?? sourceName(input, 0) });
  }
  for (const expression of elementsOf(node.Expressions)) {
    if (options.fuzzy && isUnresolvedInput(expression)) {
      skipped = true;
      continue;
    }
    const lowered = lowerUnionInput(expression, withRow(context, []));
    for (const { plan, name } of lowered) {
      const written = name ?? writtenName(expression);
      inputs.push({ plan, name: written ?? sourceName(plan, inputs.length) });
    }
  }
  if (inputs.length === 0) {
    const message = "none of the tables or views of this union exist; check their names, or add the tables to the schemas";
    throw errorAt(context, node, message, "semantic");
  }
  const columns = skipped
    ? columnsOfInputs(inputs, options)
    : unionColumns(node, inputs, options, context);
  const offset = offsetOf(context, node);
  const { sourceColumn } = options;
  return { kind: "union", offset, columns, inputs, sourceColumn };
}

function unionOptions(node: SyntaxNode, context: LowerContext): UnionOptions {
  let sourceColumn: string | undefined;
  let inner = false;
  let fuzzy = false;
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "withsource") sourceColumn = value;
    else if (name === "kind") inner = value.toLowerCase() === "inner";
    else if (name === "isfuzzy") fuzzy = value.toLowerCase() === "true";
    else {
      const message = `the union parameter '${name}' is not supported yet`;
      throw errorAt(context, parameter, message);
    }
  }
  return { sourceColumn, inner, fuzzy };
}

/**
 * Returns the output columns. With `kind=inner` they are the columns every
 * input has, with the same type. With `kind=outer` they are named as
 * `outerUnionColumns` describes when that gives the names and types
 * Kusto.Language inferred for the rest of the query, in any order.
 *
 * NOTE: otherwise the columns are Kusto.Language's. It gives a wildcard over
 * many tables one column per name, such as `DurationMs:long` where tables
 * have `DurationMs` as `long` and as `real`, while the union page gives
 * `DurationMs_long` and `DurationMs_real`. Only the inputs with the
 * column's type then fill it, and the others give nulls.
 */
function unionColumns(
  node: SyntaxNode,
  inputs: readonly UnionInput[],
  options: UnionOptions,
  context: LowerContext,
): Column[] {
  const declared = columnsOfNode(context, node);
  const { sourceColumn } = options;
  if (options.inner) {
    return declared.filter(
      (column) => column.name === sourceColumn || inAll(column, inputs),
    );
  }
  const source = declared.filter((column) => column.name === sourceColumn);
  const named = outerUnionColumns(inputs.map(({ plan }) => plan.columns));
  const outer = named.map(({ name, type }) => ({ name, type }));
  const columns = [...source, ...outer];
  return sameColumns(columns, declared) ? columns : declared;
}

/**
 * Returns the output columns from the inputs alone, for a union that left
 * out a missing input. `analyzeQuery` removes such inputs from the query
 * text, except in `T | union withsource=Name isfuzzy=true Missing`, where
 * Kusto.Language still types the missing input's columns as `unknown`.
 *
 * NOTE: the operators after such a union are typed by Kusto.Language with
 * those `unknown` columns, so they raise `unsupported` when they read one.
 */
function columnsOfInputs(
  inputs: readonly UnionInput[],
  options: UnionOptions,
): Column[] {
  const { sourceColumn } = options;
  const source: Column[] = sourceColumn
    ? [{ name: sourceColumn, type: "string" }]
    : [];
  const first = inputs[0].plan.columns;
  const columns = options.inner
    ? first.filter((column) => inAll(column, inputs))
    : outerUnionColumns(inputs.map(({ plan }) => plan.columns));
  return [...source, ...columns.map(({ name, type }) => ({ name, type }))];
}

/**
 * Tells whether every input has a column of this name and type, the ones
 * `kind=inner` keeps. Kusto.Language infers the outer schema for both
 * kinds.
 */
function inAll(column: Column, inputs: readonly UnionInput[]): boolean {
  return inputs.every(({ plan }) =>
    plan.columns.some(
      (candidate) => candidate.name === column.name && candidate.type === column.type,
    ),
  );
}

function sameColumns(a: readonly Column[], b: readonly Column[]): boolean {
  const key = ({ name, type }: Column) => `${name}:${type}`;
  const sorted = (columns: readonly Column[]) =>
    columns.map(key).sort().join(",");
  return sorted(a) === sorted(b);
}

/**
 * Lowers an input. A wildcard such as `Zoom*` gives every known table it
 * matches, and raises `unsupported` when it matches a `let` view.
 *
 * NOTE: Kusto also reads the views a wildcard matches, but Kusto.Language
 * infers no columns from them, so the rest of the query cannot name their
 * columns.
 */
function lowerUnionInput(
  expression: SyntaxNode,
  context: LowerContext,
): NamedInput[] {
  const isName = kindOf(expression) === "NameReference";
  if (!isName || !nameOf(expression).includes("*")) {
    return [{ plan: context.lowerTabular(expression, context) }];
  }
  const symbol = expression.ReferencedSymbol;
  if (!symbol) return [];
  const isGroup = symbolClassOf(symbol) === "GroupSymbol";
  const members = isGroup ? membersOf(symbol) : [symbol];
  const inputs: NamedInput[] = [];
  for (const member of members) {
    const name = String(member.Name);
    if (symbolClassOf(member) === "TableSymbol") {
      inputs.push({ plan: tablePlan(member, expression, context), name });
    } else if (member.IsView) {
      const message = `the view '${name}' cannot be read through a wildcard yet; name it in the union`;
      throw errorAt(context, expression, message);
    }
  }
  return inputs;
}

function membersOf(symbol: SyntaxNode): SyntaxNode[] {
  const members = symbol.Members;
  const result: SyntaxNode[] = [];
  for (let i = 0; members && i < members.Count; i++) result.push(members.getItem(i));
  return result;
}

function tablePlan(
  symbol: SyntaxNode,
  node: SyntaxNode,
  context: LowerContext,
): TabularPlan {
  const name = String(symbol.Name);
  if (!context.state.tables.includes(name)) context.state.tables.push(name);
  const typed = { ResultType: symbol, TextStart: node.TextStart };
  const columns = columnsOfNode(context, typed);
  return { kind: "table", offset: offsetOf(context, node), columns, name };
}

/**
 * Returns the name `withsource` gives an input written as a name, such as
 * a `let` view, or as a pipe that ends with `as Name`. Other inputs give
 * `undefined`.
 */
function writtenName(
  expression: SyntaxNode | undefined,
): string | undefined {
  if (!expression || kindOf(expression) !== "NameReference") {
    return asName(expression);
  }
  const name = nameOf(expression);
  return name.includes("*") ? undefined : name;
}

/** Returns `Name` when the expression ends with `| as Name`. */
function asName(
  expression: SyntaxNode | undefined,
): string | undefined {
  let node = expression;
  while (node && kindOf(node) === "ParenthesizedExpression") {
    node = node.Expression;
  }
  if (!node || kindOf(node) !== "PipeExpression") return undefined;
  const operator = node.Operator;
  if (kindOf(operator) !== "AsOperator") return undefined;
  return nameOf(operator.Name);
}

/** Names an input for `withsource`: its table name, or `union_argN`. */
function sourceName(plan: TabularPlan, index: number): string {
  return plan.kind === "table" ? plan.name : `union_arg${index}`;
}

type Source = number | "source";

export function compileUnion(
  plan: UnionPlan,
  compiler: Compiler,
): TableFunction {
  const missing = plan.columns.map((column): Value =>
    column.type === "string" ? "" : null,
  );
  const origins = originsOf(plan);
  const inputs = plan.inputs.map(({ plan: input, name }) => ({
    evaluate: compiler.tabular(input),
    name,
    sources: origins.map((origin) =>
      origin === "source" ? origin : sourceIndex(origin, input.columns),
    ),
  }));
  return () => {
    const rows: Value[][] = [];
    for (const input of inputs) {
      const pick = (row: readonly Value[], source: Source, i: number): Value => {
        if (source === "source") return input.name;
        return source < 0 ? missing[i] : row[source];
      };
      for (const row of input.evaluate().rows) {
        rows.push(input.sources.map((source, i) => pick(row, source, i)));
      }
    }
    return { columns: plan.columns, rows };
  };
}

/**
 * Returns, for each output column, the name and type of the input columns
 * that fill it, or "source" for the `withsource` column.
 */
function originsOf(plan: UnionPlan): (Column | "source")[] {
  const inputColumns = plan.inputs.map(({ plan: input }) => input.columns);
  const named = outerUnionColumns(inputColumns);
  const byName = new Map(named.map((column) => [column.name, column.origin]));
  return plan.columns.map((column) => {
    if (column.name === plan.sourceColumn) return "source";
    return byName.get(column.name) ?? column;
  });
}

function sourceIndex(origin: Column, columns: readonly Column[]): number {
  return columns.findIndex(
    ({ name, type }) => name === origin.name && type === origin.type,
  );
}
