/**
 * Math functions: `round`, `abs`, `sign`, `ceiling`, `exp`, `exp2`,
 * `exp10`, `log`, `log2`, `log10`, `pow`, `sqrt`, `isnan`, `isinf`,
 * `isfinite`, `max_of`, `min_of`, `tohex`, `binary_*`, `gettype`. Pages:
 * https://learn.microsoft.com/kusto/query/ followed by the function name
 * and `-function`.
 */
import type { KustoType, Value } from "../types.js";
import { compareValues } from "../values/compare.js";
import { normalizeLong, toBigInt } from "../values/long.js";
import { plain, scalar } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

/** Applies a function of a real, giving null for null. */
function realFunction(apply: (x: number) => number): ScalarImpl {
  return ([value]) => (value === null ? null : apply(Number(value)));
}

/**
 * `round(x[, precision])`: rounds half away from zero at `precision`
 * decimal digits (negative precision rounds to tens, hundreds, ...).
 * Decimal shifting through the number's text keeps `round(2.15, 1)` at
 * 2.2, where multiplying by 10 would give 21.499... and round down.
 */
export function roundHalfAwayFromZero(value: number, precision: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const text = String(magnitude);
  const shifted = text.includes("e")
    ? magnitude * 10 ** precision
    : Number(`${text}e${precision}`);
  const rounded = Number(`${Math.round(shifted)}e${-precision}`);
  return value < 0 ? -rounded : rounded;
}

function round([value, precision = 0]: readonly Value[]): Value {
  if (value === null || precision === null) return null;
  if (typeof value === "bigint") return value;
  return roundHalfAwayFromZero(value as number, Math.trunc(Number(precision)));
}

function abs([value]: readonly Value[]): Value {
  if (value === null) return null;
  if (typeof value === "bigint") return normalizeLong(value < 0n ? -value : value);
  return Math.abs(value as number);
}

/** `max_of`/`min_of`: the largest or smallest non-null argument. */
function extremeOf(sign: 1 | -1) {
  return (site: CallSite): ScalarImpl => {
    const type: KustoType = site.resultType;
    return (args) => {
      let best: Value = null;
      for (const value of args) {
        if (value === null) continue;
        if (best === null || sign * compareValues(value, best, type) > 0) best = value;
      }
      return best;
    };
  };
}

/** `tohex(x[, minLength])`: lowercase hex, two's complement for negatives. */
function toHex([value, minLength = 0]: readonly Value[]): Value {
  if (value === null || minLength === null) return null;
  const big = BigInt.asUintN(64, toBigInt(value as number | bigint));
  return big.toString(16).padStart(Number(minLength), "0");
}

function binary(apply: (a: bigint, b: bigint) => bigint): ScalarImpl {
  return ([a, b]) => {
    if (a === null || b === null) return null;
    return normalizeLong(apply(toBigInt(a as number | bigint), toBigInt(b as number | bigint)));
  };
}

function shift(left: boolean): ScalarImpl {
  return ([a, b]) => {
    if (a === null || b === null) return null;
    const count = BigInt(Number(b) & 63);
    const value = BigInt.asIntN(64, toBigInt(a as number | bigint));
    return normalizeLong(left ? value << count : value >> count);
  };
}

/**
 * `gettype(x)`: the type name of a value. For a dynamic argument it names
 * the JSON kind: `array`, `dictionary`, `null`, or the scalar type, where a
 * whole number within 32 bits is an `int`.
 */
function getType(site: CallSite): ScalarImpl {
  const type = site.argTypes[0];
  if (type !== "dynamic") return () => type;
  return ([value]) => dynamicTypeName(value);
}

function dynamicTypeName(value: Value): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "dictionary";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "string";
  if (typeof value === "bigint") return "long";
  if (!Number.isInteger(value)) return "real";
  return Math.abs(value) < 2 ** 31 ? "int" : "long";
}

registerScalars(
  plain("round", round),
  plain("abs", abs),
  plain("sign", realFunction(Math.sign)),
  plain("ceiling", realFunction(Math.ceil)),
  plain("exp", realFunction(Math.exp)),
  plain("exp2", realFunction((x) => 2 ** x)),
  plain("exp10", realFunction((x) => 10 ** x)),
  plain("log", realFunction(Math.log)),
  plain("log2", realFunction(Math.log2)),
  plain("log10", realFunction(Math.log10)),
  plain("sqrt", realFunction(Math.sqrt)),
  plain("pow", ([x, y]) => (x === null || y === null ? null : Number(x) ** Number(y))),
  plain("isnan", ([x]) => (x === null ? false : Number.isNaN(x))),
  plain("isinf", ([x]) => x === Infinity || x === -Infinity),
  plain("isfinite", ([x]) => x !== null && Number.isFinite(Number(x))),
  scalar("max_of", extremeOf(1)),
  scalar("min_of", extremeOf(-1)),
  plain("tohex", toHex),
  plain("binary_and", binary((a, b) => a & b)),
  plain("binary_or", binary((a, b) => a | b)),
  plain("binary_xor", binary((a, b) => a ^ b)),
  plain("binary_not", ([a]) => (a === null ? null : normalizeLong(~toBigInt(a as number | bigint)))),
  plain("binary_shift_left", shift(true)),
  plain("binary_shift_right", shift(false)),
  scalar("gettype", getType),
);
