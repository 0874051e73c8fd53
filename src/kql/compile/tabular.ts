import { compileCount } from "../operators/count.js";
import { compileDistinct } from "../operators/distinct.js";
import { compileBagUnpack } from "../operators/bag-unpack.js";
import { compileExtend } from "../operators/extend.js";
import { compileExternalData } from "../operators/externaldata.js";
import { compileJoin } from "../operators/join.js";
import { compileMakeSeries } from "../operators/make-series.js";
import { compileMaterialize } from "../operators/materialize.js";
import { compileMvApply, compileRows } from "../operators/mv-apply.js";
import { compileMvExpand } from "../operators/mv-expand.js";
import { compileParse } from "../operators/parse.js";
import { compilePivot } from "../operators/pivot.js";
import { compileValues } from "../operators/print.js";
import { compileProject } from "../operators/project.js";
import { compileRange } from "../operators/range.js";
import { compileSerialize } from "../operators/serialize.js";
import { compileSort } from "../operators/sort.js";
import { compileSummarize } from "../operators/summarize.js";
import { compileTable } from "../operators/table.js";
import { compileTake } from "../operators/take.js";
import { compileTop } from "../operators/top.js";
import { compileUnion } from "../operators/union.js";
import { compileWhere } from "../operators/where.js";
import type { TabularPlan } from "../plan/types.js";
import { compileRowChain, rowChainOf } from "./row-chain.js";
import { assertNever } from "../plan/types.js";
import type { Compiler, TableFunction } from "./types.js";

/** Compiles a tabular plan node into a closure, dispatching on its kind. */
export function compileTabular(
  plan: TabularPlan,
  compiler: Compiler,
): TableFunction {
  // A lone row operator over a table also runs as a chain, so that a
  // streamed table is filtered or mapped without an array of its rows.
  const chain = rowChainOf(plan, 1);
  if (chain && (chain.length >= 2 || chain[0].input.kind === "table")) {
    return compileRowChain(chain, compiler);
  }

  switch (plan.kind) {
    case "table":
      return compileTable(plan, compiler);
    case "where":
      return compileWhere(plan, compiler);
    case "extend":
      return compileExtend(plan, compiler);
    case "project":
      return compileProject(plan, compiler);
    case "summarize":
      return compileSummarize(plan, compiler);
    case "join":
      return compileJoin(plan, compiler);
    case "sort":
      return compileSort(plan, compiler);
    case "take":
      return compileTake(plan, compiler);
    case "top":
      return compileTop(plan, compiler);
    case "distinct":
      return compileDistinct(plan, compiler);
    case "count":
      return compileCount(plan, compiler);
    case "values":
      return compileValues(plan, compiler);
    case "range":
      return compileRange(plan, compiler);
    case "serialize":
      return compileSerialize(plan, compiler);
    case "materialize":
      return compileMaterialize(plan, compiler);
    case "union":
      return compileUnion(plan, compiler);
    case "mv-expand":
      return compileMvExpand(plan, compiler);
    case "parse":
      return compileParse(plan, compiler);
    case "mv-apply":
      return compileMvApply(plan, compiler);
    case "make-series":
      return compileMakeSeries(plan, compiler);
    case "rows":
      return compileRows(plan, compiler);
    case "bag_unpack":
      return compileBagUnpack(plan, compiler);
    case "externaldata":
      return compileExternalData(plan, compiler);
    case "pivot":
      return compilePivot(plan, compiler);
    default:
      return assertNever(plan);
  }
}
