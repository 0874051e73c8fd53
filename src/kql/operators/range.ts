import { InputError } from "../../errors.js";
import { placed } from "../compile/placement.js";
import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import type { RangePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Value } from "../types.js";

/** The most rows `range` may generate, so that a typo cannot exhaust memory. */
const MAX_RANGE_ROWS = 10_000_000;

/**
 * `range Name from Start to Stop step Step`: Start, Start + Step, ... up
 * to and including Stop (learn.microsoft.com/kusto/query/range-operator).
 */
export function lowerRange(node: SyntaxNode, _input: unknown, context: LowerContext): RangePlan {
  const scalars = withRow(context, []);
  return {
    kind: "range",
    offset: offsetOf(context, node),
    columns: columnsOfNode(context, node),
    from: lowerScalar(node.From, scalars),
    to: lowerScalar(node.To, scalars),
    step: lowerScalar(node.Step, scalars),
  };
}

export function compileRange(plan: RangePlan, compiler: Compiler): TableFunction {
  const [from, to, step] = [plan.from, plan.to, plan.step].map((part) => compiler.scalar(part, []));
  return () => {
    const start = Number(from([]));
    const stop = Number(to([]));
    const increment = Number(step([]));
    const rows: Value[][] = [];
    if ([from([]), to([]), step([])].some((value) => value === null) || increment === 0) {
      return { columns: plan.columns, rows };
    }
    const count = Math.floor((stop - start) / increment) + 1;
    if (count > MAX_RANGE_ROWS) {
      const error = new InputError(`range would generate ${count} rows, more than the ${MAX_RANGE_ROWS} allowed`, { kind: "runtime" });
      throw placed(compiler, plan.offset, error);
    }
    for (let i = 0; i < count; i++) rows.push([start + i * increment]);
    return { columns: plan.columns, rows };
  };
}
