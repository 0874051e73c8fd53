import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import { constantOf } from "../lower/statements.js";
import type { BagUnpackPlan, TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Value } from "../types.js";
import { convertValue } from "../values/convert.js";
import { isPropertyBag } from "../values/dynamic.js";

type PluginLowering = (
  node: SyntaxNode,
  args: SyntaxNode[],
  input: TabularPlan,
  context: LowerContext,
) => TabularPlan;

/** The `evaluate` plugins the engine supports, by name. */
export const EVALUATE_PLUGINS: Readonly<Record<string, PluginLowering>> = {
  bag_unpack: lowerBagUnpack,
};

/** Lowers `evaluate Plugin(args) [: (schema)]` by the plugin's lowering. */
export function lowerEvaluate(
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
): TabularPlan {
  const call = node.FunctionCall;
  const plugin = nameOf(call.Name);
  const lower = EVALUATE_PLUGINS[plugin];
  if (!lower) {
    const message = `the plugin '${plugin}' of evaluate is not supported yet`;
    throw errorAt(context, call, message);
  }
  return lower(node, elementsOf(call.ArgumentList.Expressions), input, context);
}

/**
 * `evaluate bag_unpack(Column [, Prefix]) : (Name: type, ...)`
 * (learn.microsoft.com/kusto/query/bag-unpack-plugin): each output column
 * is the input column of that name, or else the bag's member of that name
 * without the prefix, converted to the column's type.
 *
 * NOTE: without an output schema the columns depend on the data, which a
 * plan compiled ahead of the data cannot express, so that form is rejected.
 */
function lowerBagUnpack(
  node: SyntaxNode,
  args: SyntaxNode[],
  input: TabularPlan,
  context: LowerContext,
): BagUnpackPlan {
  if (!node.Schema) {
    const message =
      "evaluate bag_unpack without an output schema is not supported yet; declare the columns, as in evaluate bag_unpack(Col) : (Name: string, Count: long)";
    throw errorAt(context, node, message);
  }
  const bag = args[0];
  if (!bag || kindOf(bag) !== "NameReference") {
    const message = "bag_unpack needs a column as its first argument";
    throw errorAt(context, node, message, "semantic");
  }
  if (args.length > 2) {
    const message = "the third and later arguments of bag_unpack are not supported yet";
    throw errorAt(context, args[2], message);
  }
  return {
    kind: "bag_unpack",
    offset: offsetOf(context, node),
    columns: columnsOfNode(context, node),
    input,
    column: nameOf(bag),
    prefix: args[1] ? prefixOf(args[1], context) : "",
  };
}

function prefixOf(argument: SyntaxNode, context: LowerContext): string {
  const prefix = constantOf(lowerScalar(argument, withRow(context, [])));
  if (!prefix.known || typeof prefix.value !== "string") {
    const message = "the prefix of bag_unpack must be a constant string";
    throw errorAt(context, argument, message, "semantic");
  }
  return prefix.value;
}

export function compileBagUnpack(
  plan: BagUnpackPlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const names = plan.input.columns.map((column) => column.name);
  const bagIndex = names.indexOf(plan.column);
  const sources = plan.columns.map((column) => {
    const index = names.indexOf(column.name);
    const prefixed = column.name.startsWith(plan.prefix);
    return {
      index: index === bagIndex ? -1 : index,
      member: prefixed ? column.name.slice(plan.prefix.length) : undefined,
      type: column.type,
    };
  });
  return () => {
    const rows = input().rows.map((row) => {
      const bag = row[bagIndex];
      return sources.map(({ index, member, type }): Value => {
        if (index >= 0) return row[index];
        const found = member !== undefined && isPropertyBag(bag) ? bag[member] : null;
        return convertValue(found ?? null, "dynamic", type);
      });
    });
    return { columns: plan.columns, rows };
  };
}
