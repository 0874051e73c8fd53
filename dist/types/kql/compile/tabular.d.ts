import type { TabularPlan } from "../plan/types.js";
import type { Compiler, TableFunction } from "./types.js";
/** Compiles a tabular plan node into a closure, dispatching on its kind. */
export declare function compileTabular(plan: TabularPlan, compiler: Compiler): TableFunction;
