import type { Value } from "../types.js";
/** A `dynamic` property bag. */
export type PropertyBag = {
    readonly [key: string]: Value;
};
export declare function isPropertyBag(value: Value): value is PropertyBag;
export declare function isDynamicArray(value: Value): value is readonly Value[];
/**
 * Parses JSON text into a dynamic value, or returns `undefined` when the
 * text is not valid JSON. An integer beyond ±2^53 that fits in 64 bits
 * becomes a bigint, so that it keeps its digits as a Kusto `long` does.
 *
 * NOTE: a number written with a fraction but a whole value (`1.0`) becomes
 * a whole JS number, so `gettype` reports it as `long`, not `real`.
 */
export declare function parseJsonText(text: string): Value | undefined;
/**
 * Serializes a dynamic value as compact JSON, the way Kusto prints dynamic
 * values (`{"a":1,"b":[true,null]}`). Bigints print as exact digits.
 */
export declare function stringifyDynamic(value: Value): string;
/**
 * Serializes a dynamic value with property-bag keys sorted, so that two
 * bags with the same members give the same text whatever their key order.
 */
export declare function canonicalJson(value: Value): string;
