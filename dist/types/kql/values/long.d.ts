/**
 * Arithmetic on Kusto `long` values, which are JS numbers while they fit in
 * ±2^53 and bigints beyond. Results wrap around at 64 bits, as in Kusto.
 */
/** Wraps a bigint to 64 bits and returns a number when it fits exactly. */
export declare function normalizeLong(value: bigint): number | bigint;
export declare function toBigInt(value: number | bigint): bigint;
/**
 * Applies an integer operation exactly: on numbers when both operands and
 * the result are safe integers, otherwise on bigints.
 */
export declare function longOperation(a: number | bigint, b: number | bigint, onNumbers: (x: number, y: number) => number, onBigints: (x: bigint, y: bigint) => bigint): number | bigint;
/** Compares two longs (numbers or bigints) without losing precision. */
export declare function compareLongs(a: number | bigint, b: number | bigint): number;
/** Parses decimal integer text (an optional sign, digits) into a long. */
export declare function parseLong(text: string): number | bigint | null;
