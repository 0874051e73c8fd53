import { InputError } from "../../errors.js";
import type { Value } from "../types.js";
import type { CallSite, ScalarFunction, ScalarImpl } from "./registry.js";
/** Defines a scalar function whose `compile` specialises per call site. */
export declare function scalar(name: string, compile: (site: CallSite) => ScalarImpl, aliases?: readonly string[]): ScalarFunction;
/** Defines a scalar function that needs nothing from its call site. */
export declare function plain(name: string, impl: ScalarImpl, aliases?: readonly string[]): ScalarFunction;
/** Builds the error for an argument shape a function does not handle. */
export declare function unsupported(site: CallSite, detail: string): InputError;
/** Returns a converter from argument `index`'s values to strings. */
export declare function stringArg(site: CallSite, index: number): (value: Value) => string;
/** Returns the constant value of argument `index`, or `undefined`. */
export declare function constantArg(site: CallSite, index: number): Value | undefined;
/**
 * Returns a function that caches `compute` per distinct input string, for
 * work such as JSON parsing that repeats over rows with the same text. The
 * cache is cleared when it reaches `limit` entries. When at most one
 * lookup in eight hits over a full cache's worth of lookups, as on
 * mostly unique texts, it computes directly for the next
 * `SKIPPED_LOOKUPS` calls and then tries caching again.
 */
export declare function cachePerString<T>(compute: (text: string) => T, limit?: number): (text: string) => T;
