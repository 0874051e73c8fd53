import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { ParsePlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
type ParseLowering = (node: SyntaxNode, input: TabularPlan, context: LowerContext) => ParsePlan;
/**
 * `parse [kind=simple|regex|relaxed] [flags=F] Expr with * "text" Col:type ...`
 * and `parse-where` (learn.microsoft.com/kusto/query/parse-operator and
 * parse-where-operator). The pattern becomes one regular expression: `*`
 * matches lazily, `long` and `int` columns match digits, and each column
 * is a named group, so that groups in a `kind=regex` pattern do not shift
 * them. Other columns match lazily, except with `kind=regex`, where they
 * match greedily and the `U` flag makes them lazy. In `relaxed` mode a
 * `long` or `int` column matches digits or else any text. When the text
 * does not match, or a value does not convert to its column's type (except
 * with `relaxed`), the columns are null and `parse-where` drops the row.
 *
 * NOTE: the parse page states that a regex-mode `string` column becomes
 * `.*?`, but its examples give their documented outputs only with a
 * greedy `(.*)`. Its text also calls the default mode greedy, and its
 * `flags=U` example extracts the short value. The engine follows the
 * examples.
 */
export declare function lowerParse(dropUnmatched: boolean): ParseLowering;
export declare function compileParse(plan: ParsePlan, compiler: Compiler): TableFunction;
export {};
