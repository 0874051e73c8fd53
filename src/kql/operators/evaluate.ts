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

type PluginLowering = (node: SyntaxNode, args: SyntaxNode[], input: TabularPlan, context: LowerContext) => TabularPlan;

/** The `evaluate` plugins the engine supports, by name. */
export const EVALUATE_PLUGINS: Readonly<Record<string, PluginLowering>> = {
  bag_unpack: lowerBagUnpack,
};

/** `evaluate Plugin(args) [: (schema)]`: dispatches to the plugin's lowering. */
export function lowerEvaluate(node: SyntaxNode, input: TabularPlan, context: LowerContext): TabularPlan {
  const call = node.FunctionCall;
  const plugin = nameOf(call.Name);
  const lower = EVALUATE_PLUGINS[plugin];
  if (!lower) throw errorAt(context, call, `the plugin '${plugin}' of evaluate is not supported yet`);
  return lower(node, elementsOf(call.ArgumentList.Expressions), input, context);
}

/**
 * `evaluate bag_unpack(Column [, Prefix]) : (Name: type, ...)`
 * (learn.microsoft.com/kusto/query/bag-unpack-plugin): each output column
 * is the input column of that name, or else the bag's member of that name
 * without the prefix, converted to the column's type.
 *
 * NOTE: without an output schema the columns depend on the data, which
 * the compiled plan cannot express, so that form is rejected.
 */
function lowerBagUnpack(node: SyntaxNode, args: SyntaxNode[], input: TabularPlan, context: LowerContext): BagUnpackPlan {
  if (!node.Schema) {
    throw errorAt(
      context,
      node,
      "evaluate bag_unpack without an output schema is not supported yet; declare the columns, as in evaluate bag_unpack(Col) : (Name: string, Count: long)",
    );
  }
  const bag = args[0];
  if (!bag || kindOf(bag) !== "NameReference") {
    throw errorAt(context, node, "bag_unpack needs a column as its first argument", "semantic");
  }
  const prefix = args[1] ? constantOf(lowerScalar(args[1], withRow(context, []))) : { known: true as const, value: "" };
  if (!prefix.known || typeof prefix.value !== "string") {
    throw errorAt(context, args[1], "the prefix of bag_unpack must be a constant string", "semantic");
  }
  if (args.length > 2) throw errorAt(context, args[2], "the third and later arguments of bag_unpack are not supported yet");
  const columns = columnsOfNode(context, node);
  return { kind: "bag_unpack", offset: offsetOf(context, node), columns, input, column: nameOf(bag), prefix: prefix.value };
}

export function compileBagUnpack(plan: BagUnpackPlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const bagIndex = plan.input.columns.findIndex((column) => column.name === plan.column);
  const sources = plan.columns.map((column) => {
    const index = plan.input.columns.findIndex((candidate) => candidate.name === column.name);
    const member = column.name.startsWith(plan.prefix) ? column.name.slice(plan.prefix.length) : undefined;
    return { index: index === bagIndex ? -1 : index, member, type: column.type };
  });
  return () => {
    const rows = input().rows.map((row) => {
      const bag = row[bagIndex];
      return sources.map(({ index, member, type }): Value => {
        if (index >= 0) return row[index];
        const value = member !== undefined && isPropertyBag(bag) ? bag[member] ?? null : null;
        return convertValue(value, "dynamic", type);
      });
    });
    return { columns: plan.columns, rows };
  };
}
