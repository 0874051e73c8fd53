import type { Compiler, TableFunction } from "../compile/types.js";
import type { LowerContext } from "../lower/context.js";
import type { JoinPlan, TabularPlan } from "../plan/types.js";
import type { SyntaxNode } from "../syntax.js";
/** The IP-lookup plugins of `evaluate`, by the address family they match. */
export type IpLookupOperator = "ipv4_lookup" | "ipv6_lookup";
/**
 * `evaluate ipv4_lookup(LookupTable, SourceIPv4Key, IPv4LookupKey
 * [, ExtraKey1, ...] [, return_unmatched])`
 * (https://learn.microsoft.com/kusto/query/ipv4-lookup-plugin). A join of
 * the input with the lookup table where the source address lies in the
 * lookup row's network (an address, or a range in IP-prefix notation) and
 * each extra key column, which both tables have, is equal. Every matching
 * lookup row gives an output row. With `return_unmatched = true` an input
 * row without a match is kept with empty lookup columns. The output has
 * the columns Kusto.Language infers: the input's, then the lookup table's
 * without the extra keys.
 */
export declare function lowerIpv4Lookup(node: SyntaxNode, args: SyntaxNode[], input: TabularPlan, context: LowerContext): JoinPlan;
/**
 * `evaluate ipv6_lookup(LookupTable, SourceIPv6Key, IPv6LookupKey
 * [, return_unmatched])`
 * (https://learn.microsoft.com/kusto/query/ipv6-lookup-plugin), as
 * `ipv4_lookup` but on IPv6 addresses. An IPv4 address matches as its
 * IPv4-mapped IPv6 address (`::ffff:a.b.c.d`).
 *
 * NOTE: the page's example outputs list the lookup columns before the
 * input's, while Kusto.Language's schema, which the engine keeps, puts the
 * input's first.
 */
export declare function lowerIpv6Lookup(node: SyntaxNode, args: SyntaxNode[], input: TabularPlan, context: LowerContext): JoinPlan;
/**
 * Compiles `ipv4_lookup` and `ipv6_lookup`. A source address matches a
 * lookup network when both agree on the bits of the shorter of their two
 * prefixes, and an address without a prefix counts as a full-length one. A
 * key that is null, not text, or not a valid address matches nothing. The
 * matches of an input row come in the lookup table's order.
 *
 * NOTE: the pages do not say how a prefix on the source address combines
 * with the lookup network's. The shorter prefix decides, as in
 * `ipv4_is_match`.
 */
export declare function compileIpLookup(plan: JoinPlan, compiler: Compiler): TableFunction;
