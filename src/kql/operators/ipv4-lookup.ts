import type { Compiler, RowFunction, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import { constantOf } from "../lower/statements.js";
import type { JoinPlan, ScalarPlan, TabularPlan } from "../plan/types.js";
import { kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { rowKey } from "../values/compare.js";
import { NetworkIndex, parseIpv4, parseIpv6 } from "./ip-network-index.js";

/** The IP-lookup plugins of `evaluate`, by the address family they match. */
export type IpLookupOperator = "ipv4_lookup" | "ipv6_lookup";

/**
 * `evaluate ipv4_lookup(LookupTable, SourceIPv4Key, IPv4LookupKey
 * [, ExtraKey1, ...] [, return_unmatched])`
 * (https://learn.microsoft.com/kusto/query/ipv4-lookup-plugin). A join of
 * the input with the lookup table where the source address lies in the
 * lookup row's network (an address, or a range in IP-prefix notation) and
 * each extra key column, which both tables have, is equal. Every matching
 * lookup row gives an output row. With `return_unmatched = true` an input
 * row without a match is kept with empty lookup columns. The output has
 * the columns Kusto.Language infers: the input's, then the lookup table's
 * without the extra keys.
 */
export function lowerIpv4Lookup(
  node: SyntaxNode,
  args: SyntaxNode[],
  input: TabularPlan,
  context: LowerContext,
): JoinPlan {
  return lowerIpLookup("ipv4_lookup", node, args, input, context);
}

/**
 * `evaluate ipv6_lookup(LookupTable, SourceIPv6Key, IPv6LookupKey
 * [, return_unmatched])`
 * (https://learn.microsoft.com/kusto/query/ipv6-lookup-plugin), as
 * `ipv4_lookup` but on IPv6 addresses. An IPv4 address matches as its
 * IPv4-mapped IPv6 address (`::ffff:a.b.c.d`).
 *
 * NOTE: the page's example outputs list the lookup columns before the
 * input's, while Kusto.Language's schema, which the engine keeps, puts the
 * input's first.
 */
export function lowerIpv6Lookup(
  node: SyntaxNode,
  args: SyntaxNode[],
  input: TabularPlan,
  context: LowerContext,
): JoinPlan {
  return lowerIpLookup("ipv6_lookup", node, args, input, context);
}

function lowerIpLookup(
  operator: IpLookupOperator,
  node: SyntaxNode,
  args: SyntaxNode[],
  input: TabularPlan,
  context: LowerContext,
): JoinPlan {
  const { positional, returnUnmatched } = splitArguments(operator, node, args, context);
  const [tableNode, sourceNode, lookupNode, ...extraNodes] = positional;
  if (!tableNode || !sourceNode || !lookupNode) {
    const message = `${operator} needs a lookup table, a source column and a lookup column`;
    throw errorAt(context, node, message, "semantic");
  }
  const right = context.lowerTabular(tableNode, withRow(context, []));
  const keyOf = (key: SyntaxNode, columns: readonly Column[]) =>
    columnPlan(key, columns, operator, context);
  const leftKeys = [sourceNode, ...extraNodes].map((key) => keyOf(key, input.columns));
  const rightKeys = [lookupNode, ...extraNodes].map((key) => keyOf(key, right.columns));
  const extraNames = extraNodes.map((key) => nameOf(key));

  const columns = columnsOfNode(context, node);
  return {
    kind: "join",
    joinKind: returnUnmatched ? "leftouter" : "inner",
    operator,
    offset: offsetOf(context, node),
    columns,
    left: input,
    right,
    leftKeys,
    rightKeys,
    sources: sourcesOf(columns, input.columns, right.columns, extraNames, node, context),
  };
}

interface PluginArguments {
  readonly positional: SyntaxNode[];
  readonly returnUnmatched: boolean;
}

/**
 * Separates `return_unmatched`, given by name or as a last constant bool,
 * from the table and column arguments. A bool column as the last argument
 * stays an extra key.
 */
function splitArguments(
  operator: IpLookupOperator,
  node: SyntaxNode,
  args: SyntaxNode[],
  context: LowerContext,
): PluginArguments {
  const positional: SyntaxNode[] = [];
  let flag: SyntaxNode | undefined;
  for (const argument of args) {
    if (kindOf(argument) !== "SimpleNamedExpression") {
      positional.push(argument);
      continue;
    }
    const name = nameOf(argument.Name);
    if (name.toLowerCase() !== "return_unmatched") {
      const message = `unknown parameter '${name}' of ${operator}: the only named parameter is return_unmatched`;
      throw errorAt(context, argument, message, "semantic");
    }
    flag = argument.Expression;
  }
  const last = positional[positional.length - 1];
  if (!flag && positional.length > 3 && kindOf(last) !== "NameReference") {
    flag = positional.pop();
  }
  const returnUnmatched = flag ? constantBool(flag, operator, context) : false;
  return { positional, returnUnmatched };
}

function constantBool(
  argument: SyntaxNode,
  operator: IpLookupOperator,
  context: LowerContext,
): boolean {
  const value = constantOf(lowerScalar(argument, withRow(context, [])));
  if (!value.known || typeof value.value !== "boolean") {
    const message = `return_unmatched of ${operator} must be a constant bool, true or false`;
    throw errorAt(context, argument, message, "semantic");
  }
  return value.value;
}

/** Lowers a key argument, which must name a column of `columns`. */
function columnPlan(
  argument: SyntaxNode,
  columns: readonly Column[],
  operator: IpLookupOperator,
  context: LowerContext,
): ScalarPlan {
  if (kindOf(argument) !== "NameReference") {
    const message = `the keys of ${operator} must be column names`;
    throw errorAt(context, argument, message, "semantic");
  }
  const name = nameOf(argument);
  const column = columns.find((candidate) => candidate.name === name);
  if (!column) throw errorAt(context, argument, `unknown column '${name}'`, "semantic");

  const offset = offsetOf(context, argument);
  return { kind: "column", offset, type: column.type, name };
}

/**
 * Lists where each output column comes from: the input columns, then the
 * lookup table's other than the extra keys. Kusto.Language renames a
 * lookup column that has the name of an input column (`ip1`).
 */
function sourcesOf(
  columns: readonly Column[],
  left: readonly Column[],
  right: readonly Column[],
  extraNames: readonly string[],
  node: SyntaxNode,
  context: LowerContext,
): JoinPlan["sources"] {
  const rightSources = right.flatMap((column, index) =>
    extraNames.includes(column.name) ? [] : [{ side: "right" as const, index }],
  );
  const leftSources = left.map((_, index) => ({ side: "left" as const, index }));
  const sources = [...leftSources, ...rightSources];
  if (sources.length !== columns.length) {
    const message = "the columns of this lookup could not be matched to its inputs";
    throw errorAt(context, node, message);
  }
  return sources;
}

type Row = readonly Value[];

/**
 * Compiles `ipv4_lookup` and `ipv6_lookup`. A source address matches a
 * lookup network when both agree on the bits of the shorter of their two
 * prefixes, and an address without a prefix counts as a full-length one. A
 * key that is null, not text, or not a valid address matches nothing. The
 * matches of an input row come in the lookup table's order.
 *
 * NOTE: the pages do not say how a prefix on the source address combines
 * with the lookup network's. The shorter prefix decides, as in
 * `ipv4_is_match`.
 */
export function compileIpLookup(plan: JoinPlan, compiler: Compiler): TableFunction {
  const parse = plan.operator === "ipv6_lookup" ? parseIpv6 : parseIpv4;
  const left = compiler.tabular(plan.left);
  const right = compiler.tabular(plan.right);
  const leftKeys = keyFunctions(plan.leftKeys, plan.left.columns, compiler);
  const rightKeys = keyFunctions(plan.rightKeys, plan.right.columns, compiler);
  const [sourceKey, ...leftExtras] = leftKeys;
  const [lookupKey, ...rightExtras] = rightKeys;
  const extraTypes = plan.leftKeys.slice(1).map((key) => key.type);
  const leftExtraKey = extraKey(leftExtras, extraTypes);
  const rightExtraKey = extraKey(rightExtras, extraTypes);
  const emit = emitter(plan);

  return () => {
    const indexes = new Map<string, NetworkIndex<Row>>();
    for (const row of right().rows) {
      const network = parse(lookupKey(row));
      const key = rightExtraKey(row);
      if (!network || key === undefined) continue;
      let index = indexes.get(key);
      if (!index) {
        index = new NetworkIndex(parse.bits);
        indexes.set(key, index);
      }
      index.add(network, row);
    }

    const rows: Value[][] = [];
    for (const row of left().rows) {
      const address = parse(sourceKey(row));
      const key = leftExtraKey(row);
      const index = key === undefined ? undefined : indexes.get(key);
      const matches = address && index ? index.matches(address) : [];
      for (const match of matches) rows.push(emit(row, match));
      const unmatched = matches.length === 0;
      if (unmatched && plan.joinKind === "leftouter") rows.push(emit(row, undefined));
    }
    return { columns: plan.columns, rows };
  };
}

function keyFunctions(
  keys: readonly ScalarPlan[],
  columns: readonly Column[],
  compiler: Compiler,
): RowFunction[] {
  return keys.map((key) => compiler.scalar(key, columns));
}

/**
 * Returns the function that names a row's extra-key values, or returns
 * `undefined` when one is null.
 */
function extraKey(
  functions: readonly RowFunction[],
  types: readonly KustoType[],
): (row: Row) => string | undefined {
  return (row) => {
    const values = functions.map((fn) => fn(row));
    if (values.some((value) => value === null)) return undefined;
    return rowKey(values, types);
  };
}

/** Builds output rows; an unmatched row's lookup columns are null, or "" for strings. */
function emitter(plan: JoinPlan): (left: Row, right: Row | undefined) => Value[] {
  const empty = plan.right.columns.map((column) =>
    column.type === "string" ? "" : null,
  );
  return (l, r) =>
    plan.sources.map(({ side, index }) => {
      if (side === "left") return l[index];
      return r ? r[index] : empty[index];
    });
}
