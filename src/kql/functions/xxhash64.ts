/**
 * XXH64, the 64-bit xxHash that KQL's `hash()` uses, computed on bigints.
 * The hash of the empty input, 0xef46db3751d8e999, and the hash() page's
 * example for "World" are checked in the tests.
 */

const MASK = (1n << 64n) - 1n;
const PRIME1 = 0x9e3779b185ebca87n;
const PRIME2 = 0xc2b2ae3d27d4eb4fn;
const PRIME3 = 0x165667b19e3779f9n;
const PRIME4 = 0x85ebca77c2b2ae63n;
const PRIME5 = 0x27d4eb2f165667c5n;

const rotateLeft = (value: bigint, bits: bigint) =>
  ((value << bits) | (value >> (64n - bits))) & MASK;

function round(accumulator: bigint, lane: bigint): bigint {
  const mixed = (accumulator + lane * PRIME2) & MASK;
  return (rotateLeft(mixed, 31n) * PRIME1) & MASK;
}

function mergeRound(accumulator: bigint, value: bigint): bigint {
  const merged = accumulator ^ round(0n, value);
  return (merged * PRIME1 + PRIME4) & MASK;
}

function readLane(bytes: Uint8Array, offset: number, size: number): bigint {
  let value = 0n;
  for (let i = size - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[offset + i]);
  return value;
}

function stripes(bytes: Uint8Array, seed: bigint): { hash: bigint; offset: number } {
  if (bytes.length < 32) return { hash: (seed + PRIME5) & MASK, offset: 0 };
  const lanes = [
    (seed + PRIME1 + PRIME2) & MASK,
    (seed + PRIME2) & MASK,
    seed,
    (seed - PRIME1) & MASK,
  ];
  let offset = 0;
  for (; offset + 32 <= bytes.length; offset += 32) {
    for (let i = 0; i < 4; i++) lanes[i] = round(lanes[i], readLane(bytes, offset + i * 8, 8));
  }
  let hash =
    (rotateLeft(lanes[0], 1n) + rotateLeft(lanes[1], 7n) + rotateLeft(lanes[2], 12n) + rotateLeft(lanes[3], 18n)) & MASK;
  for (const lane of lanes) hash = mergeRound(hash, lane);
  return { hash, offset };
}

function avalanche(hash: bigint): bigint {
  let value = hash;
  value = ((value ^ (value >> 33n)) * PRIME2) & MASK;
  value = ((value ^ (value >> 29n)) * PRIME3) & MASK;
  return value ^ (value >> 32n);
}

/** Returns the unsigned 64-bit XXH64 hash of `bytes`. */
export function xxhash64(bytes: Uint8Array, seed = 0n): bigint {
  let { hash, offset } = stripes(bytes, seed);
  hash = (hash + BigInt(bytes.length)) & MASK;

  for (; offset + 8 <= bytes.length; offset += 8) {
    hash ^= round(0n, readLane(bytes, offset, 8));
    hash = (rotateLeft(hash, 27n) * PRIME1 + PRIME4) & MASK;
  }
  if (offset + 4 <= bytes.length) {
    hash ^= (readLane(bytes, offset, 4) * PRIME1) & MASK;
    hash = (rotateLeft(hash, 23n) * PRIME2 + PRIME3) & MASK;
    offset += 4;
  }
  for (; offset < bytes.length; offset++) {
    hash ^= (BigInt(bytes[offset]) * PRIME5) & MASK;
    hash = (rotateLeft(hash, 11n) * PRIME1) & MASK;
  }
  return avalanche(hash);
}
