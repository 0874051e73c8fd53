/**
 * XXH64, the 64-bit xxHash that KQL's `hash()` uses, computed on bigints.
 * The hash of the empty input, 0xef46db3751d8e999, and the hash() page's
 * example for "World" are checked in the tests.
 */
/** Returns the unsigned 64-bit XXH64 hash of `bytes`. */
export declare function xxhash64(bytes: Uint8Array, seed?: bigint): bigint;
