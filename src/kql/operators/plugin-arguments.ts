import { errorAt } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { kindOf, nameOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";

/**
 * Maps the arguments of an `evaluate` plugin call to its parameters:
 * positional ones in the order of `parameters`, named ones
 * (`columnsConflict='keep_source'`) by name, in any case. Raises a
 * semantic error for an unknown name or too many arguments.
 */
export function pluginArguments(
  args: readonly SyntaxNode[],
  parameters: readonly string[],
  context: LowerContext,
  node: SyntaxNode,
): Map<string, SyntaxNode> {
  const bound = new Map<string, SyntaxNode>();
  let position = 0;
  for (const argument of args) {
    if (kindOf(argument) === "SimpleNamedExpression") {
      const written = nameOf(argument.Name);
      const name = parameters.find((p) => p.toLowerCase() === written.toLowerCase());
      if (!name) {
        const message = `unknown parameter '${written}': the parameters are ${parameters.join(", ")}`;
        throw errorAt(context, argument, message, "semantic");
      }
      bound.set(name, argument.Expression);
    } else if (position < parameters.length) {
      bound.set(parameters[position++], argument);
    } else {
      const message = `too many arguments: the parameters are ${parameters.join(", ")}`;
      throw errorAt(context, node, message, "semantic");
    }
  }
  return bound;
}
