import { InputError } from "../../errors.js";
import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import { constantOf } from "../lower/statements.js";
import { SchemaNeeded } from "../lower/schema-needed.js";
import type { BagUnpackPlan, TabularPlan } from "../plan/types.js";
import { kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Table, Value } from "../types.js";
import { convertValue } from "../values/convert.js";
import { isPropertyBag } from "../values/dynamic.js";
import { pluginArguments } from "./plugin-arguments.js";

type Conflict = NonNullable<BagUnpackPlan["conflict"]>;

const CONFLICTS: readonly Conflict[] = ["error", "replace_source", "keep_source"];

/**
 * The parameters Kusto.Language accepts. It rejects the page's
 * `ignoredProperties`, so the engine never receives that one.
 */
const PARAMETERS = ["Column", "OutputColumnPrefix", "columnsConflict"];

/**
 * `evaluate bag_unpack(Column [, OutputColumnPrefix] [, columnsConflict])
 * [: (Name: type, ...)]`
 * (https://learn.microsoft.com/kusto/query/bag-unpack-plugin). With an
 * output schema, each output column is the input column of that name, or
 * else the bag's slot of that name without the prefix, converted to the
 * column's type. Without one, the columns depend on the data: the input
 * columns except `Column`, then one per distinct slot, sorted by name.
 */
export function lowerBagUnpack(
  node: SyntaxNode,
  args: SyntaxNode[],
  input: TabularPlan,
  context: LowerContext,
): BagUnpackPlan {
  const parameters = pluginArguments(args, PARAMETERS, context, node);
  const bag = parameters.get("Column");
  if (!bag || kindOf(bag) !== "NameReference") {
    const message = "bag_unpack needs a column as its first argument";
    throw errorAt(context, node, message, "semantic");
  }
  const column = nameOf(bag);
  const prefixNode = parameters.get("OutputColumnPrefix");
  const prefix = prefixNode ? constantText(prefixNode, "prefix", context) : "";
  const conflict = conflictOf(parameters.get("columnsConflict"), context);

  if (!node.Schema) {
    if (context.callOffset !== undefined) {
      const message =
        "evaluate bag_unpack without an output schema is not supported inside a function yet; declare the columns, as in evaluate bag_unpack(Col) : (Name: string, Count: long)";
      throw errorAt(context, node, message);
    }
    const slots = { column, prefix, conflict };
    const insertAt = Number(node.FunctionCall.End);
    throw new SchemaNeeded(input, insertAt, (table) => unpackedColumns(table, slots));
  }
  return {
    kind: "bag_unpack",
    offset: offsetOf(context, node),
    columns: columnsOfNode(context, node),
    input,
    column,
    prefix,
    conflict,
  };
}

function constantText(
  argument: SyntaxNode,
  parameter: string,
  context: LowerContext,
): string {
  const value = constantOf(lowerScalar(argument, withRow(context, [])));
  if (!value.known || typeof value.value !== "string") {
    const message = `the ${parameter} of bag_unpack must be a constant string`;
    throw errorAt(context, argument, message, "semantic");
  }
  return value.value;
}

function conflictOf(
  argument: SyntaxNode | undefined,
  context: LowerContext,
): Conflict {
  if (!argument) return "error";
  const text = constantText(argument, "columnsConflict", context);
  const conflict = CONFLICTS.find((candidate) => candidate === text);
  if (!conflict) {
    const message = `invalid columnsConflict '${text}' of bag_unpack: use 'error', 'replace_source' or 'keep_source'`;
    throw errorAt(context, argument, message, "semantic");
  }
  return conflict;
}

interface Slots {
  readonly column: string;
  readonly prefix: string;
  readonly conflict: Conflict;
}

/**
 * Derives the output columns of `bag_unpack` without a schema from its
 * input rows. A slot's column has the type of its values when they share
 * one, else `dynamic`; null values are ignored.
 *
 * NOTE: a whole JSON number counts as `long` and a fractional one as
 * `real`, so a slot holding both becomes `dynamic`.
 */
export function unpackedColumns(table: Table, slots: Slots): Column[] {
  const bagIndex = table.columns.findIndex((column) => column.name === slots.column);
  const types = new Map<string, KustoType | undefined>();
  for (const row of table.rows) {
    const bag = row[bagIndex];
    if (!isPropertyBag(bag)) continue;
    for (const [slot, value] of Object.entries(bag)) {
      const name = `${slots.prefix}${slot}`;
      const type = value === null ? undefined : kindOfValue(value);
      const known = types.get(name);
      if (!types.has(name) || known === undefined) types.set(name, type);
      else if (type !== undefined && type !== known) types.set(name, "dynamic");
    }
  }

  const slotNames = [...types.keys()].sort();
  const inputColumns = table.columns.filter(
    (column) => column.name !== slots.column && !types.has(column.name),
  );
  const added = slotNames.map((name) => {
    const source = table.columns.find(
      (column) => column.name === name && column.name !== slots.column,
    );
    if (source && slots.conflict === "error") throw conflictError(name);
    if (source && slots.conflict === "keep_source") return source;
    return { name, type: types.get(name) ?? "dynamic" };
  });
  return [...inputColumns, ...added];
}

function kindOfValue(value: Value): KustoType {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "bigint") return "long";
  if (typeof value === "number") return Number.isInteger(value) ? "long" : "real";
  return "dynamic";
}

function conflictError(name: string): InputError {
  return new InputError(
    `bag_unpack: the slot '${name}' has the name of an input column`,
    {
      kind: "runtime",
      hint: "pass columnsConflict='replace_source' or 'keep_source' to bag_unpack, or give it an OutputColumnPrefix",
    },
  );
}

export function compileBagUnpack(
  plan: BagUnpackPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const names = plan.input.columns.map((column) => column.name);
  const bagIndex = names.indexOf(plan.column);
  const sources = plan.columns.map((column) => {
    const prefixed = column.name.startsWith(plan.prefix);
    const member = prefixed ? column.name.slice(plan.prefix.length) : undefined;
    const index = names.indexOf(column.name);
    const fromInput = index !== bagIndex && index >= 0;
    return {
      index: fromInput ? index : -1,
      member,
      replace: fromInput && plan.conflict === "replace_source",
      type: column.type,
    };
  });
  return () => {
    const rows = input().rows.map((row) => {
      const bag = row[bagIndex];
      return sources.map(({ index, member, replace, type }): Value => {
        const slot = member !== undefined && isPropertyBag(bag) && Object.hasOwn(bag, member);
        if (index >= 0 && !(replace && slot)) return row[index];
        const found = slot ? (bag as Record<string, Value>)[member as string] : null;
        return convertValue(found ?? null, "dynamic", type);
      });
    });
    return { columns: plan.columns, rows };
  };
}
