/**
 * Arithmetic on Kusto `long` values, which are JS numbers while they fit in
 * ±2^53 and bigints beyond. Results wrap around at 64 bits, as in Kusto.
 */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

/** Wraps a bigint to 64 bits and returns a number when it fits exactly. */
export function normalizeLong(value: bigint): number | bigint {
  const wrapped = BigInt.asIntN(64, value);
  if (wrapped <= MAX_SAFE && wrapped >= MIN_SAFE) return Number(wrapped);
  return wrapped;
}

export function toBigInt(value: number | bigint): bigint {
  return typeof value === "bigint" ? value : BigInt(Math.trunc(value));
}

/**
 * Applies an integer operation exactly: on numbers when both operands and
 * the result are safe integers, otherwise on bigints.
 */
export function longOperation(
  a: number | bigint,
  b: number | bigint,
  onNumbers: (x: number, y: number) => number,
  onBigints: (x: bigint, y: bigint) => bigint,
): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const result = onNumbers(a, b);
    if (Number.isSafeInteger(result)) return result;
  }
  return normalizeLong(onBigints(toBigInt(a), toBigInt(b)));
}

/** Compares two longs (numbers or bigints) without losing precision. */
export function compareLongs(a: number | bigint, b: number | bigint): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = toBigInt(a);
  const y = toBigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Parses decimal integer text (an optional sign, digits) into a long. */
export function parseLong(text: string): number | bigint | null {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  const value = BigInt(trimmed);
  if (BigInt.asIntN(64, value) !== value) return null;
  return normalizeLong(value);
}
