import { findAggregate, findScalar } from "../functions/registry.js";
import { lowerIngestionTime } from "../operators/ingestion-time.js";
import type { ScalarPlan, TabularPlan, WindowKind } from "../plan/types.js";
import { elementsOf, kindOf, nameOf, symbolClassOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import { errorAt, offsetOf, typeOfNode } from "./context.js";
import type { Binding, LowerContext } from "./context.js";
import { lowerScalar } from "./scalar.js";
import { constantOf, lowerStatements } from "./statements.js";

type SpecialLowering = (
  node: SyntaxNode,
  args: SyntaxNode[],
  context: LowerContext,
) => ScalarPlan;

/**
 * Functions the engine lowers itself, because they are lazy (`iff`,
 * `case`), resolved at compile time (`column_ifexists`) or read the row's
 * position (`prev`).
 */
export const SPECIAL_FUNCTIONS: Readonly<Record<string, SpecialLowering>> = {
  iff: lowerIff,
  iif: lowerIff,
  case: lowerCase,
  not: lowerNot,
  column_ifexists: lowerColumnIfExists,
  columnifexists: lowerColumnIfExists,
  row_number: lowerWindow("row_number"),
  prev: lowerWindow("prev"),
  next: lowerWindow("next"),
  row_cumsum: lowerWindow("row_cumsum"),
  row_window_session: lowerWindow("row_window_session"),
  ingestion_time: lowerIngestionTime,
};

/**
 * Returns the registry name of a built-in function symbol, or `undefined`.
 * An obsolete name (`arraylength`) gives its `Alternative`
 * (`array_length`), so plans use the current names.
 */
export function builtinName(symbol: SyntaxNode): string | undefined {
  const known = (name: string) => name in SPECIAL_FUNCTIONS || !!findScalar(name);
  return preferredName(symbol, known);
}

/** Returns the registry name of an aggregate function symbol, or `undefined`. */
export function aggregateName(symbol: SyntaxNode): string | undefined {
  return preferredName(symbol, (name) => !!findAggregate(name));
}

function preferredName(
  symbol: SyntaxNode,
  known: (name: string) => boolean,
): string | undefined {
  const alternative = symbol.Alternative ? String(symbol.Alternative) : "";
  if (alternative && known(alternative)) return alternative;
  const name = String(symbol.Name);
  return known(name) ? name : undefined;
}

/** Lowers a call of a built-in or user-defined scalar function. */
export function lowerFunctionCall(
  node: SyntaxNode,
  context: LowerContext,
): ScalarPlan {
  const nested = context.aggregate?.(node);
  if (nested) return nested;

  const body = userFunctionBody(node);
  if (body) {
    const written = elementsOf(node.ArgumentList.Expressions);
    return lowerUserScalar(node, body, written, context);
  }
  const args = orderedArguments(node, context);

  const symbol = node.ReferencedSymbol;
  const name = builtinName(symbol);
  if (name && name in SPECIAL_FUNCTIONS) {
    return SPECIAL_FUNCTIONS[name](node, args, context);
  }
  if (name) {
    return {
      kind: "call",
      offset: offsetOf(context, node),
      type: typeOfNode(context, node),
      name,
      args: args.map((arg) => lowerScalar(arg, context)),
    };
  }
  const written = String(symbol?.Name ?? "");
  if (aggregateName(symbol) || symbolClassOf(symbol) !== "FunctionSymbol") {
    const message = `the function '${written}' is not supported here`;
    throw errorAt(context, node, message, "semantic");
  }
  throw errorAt(context, node, `the function '${written}' is not supported yet`);
}

/** Returns the body Kusto.Language expanded for a user function call. */
export function userFunctionBody(node: SyntaxNode): SyntaxNode | undefined {
  const expand = node.GetExpansion;
  const expansion = typeof expand === "function" ? node.GetExpansion() : null;
  return expansion && kindOf(expansion) === "FunctionBody" ? expansion : undefined;
}

/**
 * Binds each parameter of a user function to its argument, or to its
 * default value, in a new scope; expansions refer to parameters by name.
 * `firstTable` binds the first parameter instead (the input of `invoke`).
 */
export function bindParameters(
  node: SyntaxNode,
  args: readonly (SyntaxNode | undefined)[],
  context: LowerContext,
  firstTable?: TabularPlan,
): LowerContext {
  const symbol = node.ReferencedSymbol;
  const signature = node.ReferencedSignature ?? symbol.Signatures.getItem(0);
  const parameters = signature.Parameters;
  const scope = context.scope.child();
  const { positional, named } = splitArguments(args);
  for (let i = 0; i < parameters.Count; i++) {
    const parameter = parameters.getItem(i);
    const name = String(parameter.Name);
    if (i === 0 && firstTable) {
      scope.bind(name, { kind: "tabular", plan: firstTable });
      continue;
    }
    const argument = named.get(name) ?? positional[i] ?? parameter.DefaultValue;
    if (!argument) {
      throw errorAt(context, node, `missing argument '${name}'`, "semantic");
    }
    scope.bind(name, bindArgument(argument, context));
  }
  return { ...context, scope, callOffset: offsetOf(context, node) };
}

/**
 * Returns the arguments of a built-in call in parameter order, placing
 * named ones (`make_set(x, MaxSize = 8)`) by the signature's parameter
 * names. A named argument that leaves an earlier parameter out raises
 * `unsupported`.
 */
export function orderedArguments(
  node: SyntaxNode,
  context: LowerContext,
): SyntaxNode[] {
  const written = elementsOf(node.ArgumentList.Expressions);
  const { positional, named } = splitArguments(written);
  if (named.size === 0) return written;

  const signature = node.ReferencedSignature;
  const parameters: string[] = [];
  for (let i = 0; i < (signature?.Parameters?.Count ?? 0); i++) {
    parameters.push(String(signature.Parameters.getItem(i).Name).toLowerCase());
  }
  const ordered: SyntaxNode[] = positional.filter((arg): arg is SyntaxNode => !!arg);
  const byName = new Map([...named].map(([name, arg]) => [name.toLowerCase(), arg]));
  for (const name of parameters.slice(ordered.length)) {
    const argument = byName.get(name);
    if (!argument) break;
    ordered.push(argument);
    byName.delete(name);
  }
  if (byName.size > 0) {
    const message = "a named argument after a left-out parameter is not supported yet; pass the arguments in order";
    throw errorAt(context, node, message);
  }
  return ordered;
}

/**
 * Splits call arguments into positional ones and named ones
 * (`f(limit = 5)`), which bind to the parameter of that name.
 */
function splitArguments(args: readonly (SyntaxNode | undefined)[]): {
  positional: (SyntaxNode | undefined)[];
  named: Map<string, SyntaxNode>;
} {
  const positional: (SyntaxNode | undefined)[] = [];
  const named = new Map<string, SyntaxNode>();
  for (const argument of args) {
    if (argument && kindOf(argument) === "SimpleNamedExpression") {
      named.set(nameOf(argument.Name), argument.Expression);
    } else {
      positional.push(argument);
    }
  }
  return { positional, named };
}

function bindArgument(argument: SyntaxNode, context: LowerContext): Binding {
  if (argument.ResultType?.Columns) {
    const plan = context.lowerTabular(argument, { ...context, row: [] });
    return { kind: "tabular", plan };
  }
  return { kind: "scalar", plan: lowerScalar(argument, context) };
}

function lowerUserScalar(
  node: SyntaxNode,
  body: SyntaxNode,
  args: SyntaxNode[],
  context: LowerContext,
): ScalarPlan {
  const inner = bindParameters(node, args, context);
  const scoped = lowerStatements(body.Statements, inner);
  return lowerScalar(body.Expression, scoped);
}

function lowerIff(
  node: SyntaxNode,
  args: SyntaxNode[],
  context: LowerContext,
): ScalarPlan {
  const [condition, then, otherwise] = args.map((arg) => lowerScalar(arg, context));
  return {
    kind: "conditional",
    offset: offsetOf(context, node),
    type: typeOfNode(context, node),
    branches: [{ condition, value: then }],
    otherwise,
  };
}

function lowerCase(
  node: SyntaxNode,
  args: SyntaxNode[],
  context: LowerContext,
): ScalarPlan {
  const lowered = args.map((arg) => lowerScalar(arg, context));
  const branches: { condition: ScalarPlan; value: ScalarPlan }[] = [];
  for (let i = 0; i + 1 < lowered.length; i += 2) {
    branches.push({ condition: lowered[i], value: lowered[i + 1] });
  }
  return {
    kind: "conditional",
    offset: offsetOf(context, node),
    type: typeOfNode(context, node),
    branches,
    otherwise: lowered[lowered.length - 1],
  };
}

function lowerNot(
  node: SyntaxNode,
  args: SyntaxNode[],
  context: LowerContext,
): ScalarPlan {
  const operand = lowerScalar(args[0], context);
  const offset = offsetOf(context, node);
  return { kind: "not", offset, type: "bool", args: [operand] };
}

/**
 * `column_ifexists(name, default)`: the column when the operator's input
 * has it, else the default, decided once at compile time.
 */
function lowerColumnIfExists(
  node: SyntaxNode,
  args: SyntaxNode[],
  context: LowerContext,
): ScalarPlan {
  const name = constantOf(lowerScalar(args[0], context));
  if (!name.known || typeof name.value !== "string") {
    const message = "the column name of column_ifexists must be a constant string";
    throw errorAt(context, args[0], message, "semantic");
  }
  const column = context.row.find((candidate) => candidate.name === name.value);
  if (!column) return lowerScalar(args[1], context);
  return {
    kind: "column",
    offset: offsetOf(context, node),
    type: column.type,
    name: column.name,
  };
}

function lowerWindow(kind: WindowKind): SpecialLowering {
  return (node, args, context) => ({
    kind,
    offset: offsetOf(context, node),
    type: typeOfNode(context, node),
    args: args.map((arg) => lowerScalar(arg, context)),
  });
}
