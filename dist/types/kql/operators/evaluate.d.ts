import type { LowerContext } from "../lower/context.js";
import type { TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
type PluginLowering = (node: SyntaxNode, args: SyntaxNode[], input: TabularPlan, context: LowerContext) => TabularPlan;
/** The `evaluate` plugins the engine supports, by name. */
export declare const EVALUATE_PLUGINS: Readonly<Record<string, PluginLowering>>;
/** Lowers `evaluate Plugin(args) [: (schema)]` by the plugin's lowering. */
export declare function lowerEvaluate(node: SyntaxNode, input: TabularPlan, context: LowerContext): TabularPlan;
export {};
