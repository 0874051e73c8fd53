import { placedError } from "../compile/placement.js";
import type { Compiler, TableFunction } from "../compile/types.js";
import { columnsOfNode, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import type { RangePlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
import type { Value } from "../types.js";

/** The maximum number of rows `range` generates, so a typo cannot exhaust memory. */
const MAX_RANGE_ROWS = 10_000_000;

/**
 * `range Name from Start to Stop step Step`
 * (learn.microsoft.com/kusto/query/range-operator): Start, Start + Step,
 * ... up to and including Stop. A step of the wrong sign gives no rows.
 */
export function lowerRange(
  node: SyntaxNode,
  _input: undefined,
  context: LowerContext,
): RangePlan {
  const constants = withRow(context, []);
  return {
    kind: "range",
    offset: offsetOf(context, node),
    columns: columnsOfNode(context, node),
    from: lowerScalar(node.From, constants),
    to: lowerScalar(node.To, constants),
    step: lowerScalar(node.Step, constants),
  };
}

export function compileRange(
  plan: RangePlan,
  compiler: Compiler,
): TableFunction {
  const parts = [plan.from, plan.to, plan.step].map((part) =>
    compiler.scalar(part, []),
  );
  return () => {
    const [start, stop, step] = parts.map((part) => part([]));
    const rows: Value[][] = [];
    if (start === null || stop === null || step === null || Number(step) === 0) {
      return { columns: plan.columns, rows };
    }
    const first = Number(start);
    const increment = Number(step);
    const count = Math.floor((Number(stop) - first) / increment) + 1;
    if (count > MAX_RANGE_ROWS) {
      const message = `range would generate ${count} rows, more than the ${MAX_RANGE_ROWS} allowed`;
      throw placedError(compiler, plan.offset, message, "runtime");
    }
    for (let i = 0; i < count; i++) rows.push([first + i * increment]);
    return { columns: plan.columns, rows };
  };
}
