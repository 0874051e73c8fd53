import { errorAt } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import type { TabularPlan } from "../plan/types.js";
import { elementsOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import { lowerBagUnpack } from "./bag-unpack.js";
import { lowerIpv4Lookup, lowerIpv6Lookup } from "./ipv4-lookup.js";
import { lowerPivot } from "./pivot.js";

type PluginLowering = (
  node: SyntaxNode,
  args: SyntaxNode[],
  input: TabularPlan,
  context: LowerContext,
) => TabularPlan;

/** The `evaluate` plugins the engine supports, by name. */
export const EVALUATE_PLUGINS: Readonly<Record<string, PluginLowering>> = {
  bag_unpack: lowerBagUnpack,
  ipv4_lookup: lowerIpv4Lookup,
  ipv6_lookup: lowerIpv6Lookup,
  pivot: lowerPivot,
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
