/**
 * Arithmetic operators `+`, `-`, `*`, `/`, `%` and unary `negate`
 * (https://learn.microsoft.com/kusto/query/numerical-operators,
 * https://learn.microsoft.com/kusto/query/datetime-timespan-arithmetic).
 *
 * Integers (`int`, `long`) combine into `long`, truncating on division and
 * wrapping at 64 bits; a `real` operand makes the result `real`. Datetimes
 * and timespans combine as the datetime page states: datetime ± timespan
 * is a datetime, datetime − datetime a timespan, timespan × number a
 * timespan, timespan ÷ timespan a real. A null operand gives null.
 */
import type { KustoType, Value } from "../types.js";
import { isNumericType } from "../values/compare.js";
import { convertValue } from "../values/convert.js";
import { longOperation, normalizeLong, toBigInt } from "../values/long.js";
import { scalar, unsupported } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

type Binary = (a: Value, b: Value) => Value;

interface OperatorRules {
  readonly long: Binary;
  readonly real: (a: number, b: number) => number;
  /** Datetime and timespan rules, keyed `leftType,rightType`. */
  readonly temporal: Readonly<Record<string, Binary>>;
}

/**
 * NOTE: timespans are JS numbers of ticks, exact only up to 2^53 ticks
 * (about 28.5 years). A longer span, such as the difference of two
 * datetimes decades apart, can be off by a few ticks.
 */
const ticks = (value: Value) => value as number;

/** Rounds to whole ticks, since datetimes and timespans count whole ticks. */
const wholeTicks = (value: number) => (Number.isFinite(value) ? Math.round(value) : null);

const RULES: Readonly<Record<string, OperatorRules>> = {
  "+": {
    long: (a, b) => longOperation(a as number, b as number, (x, y) => x + y, (x, y) => x + y),
    real: (a, b) => a + b,
    temporal: {
      "datetime,timespan": (a, b) => ticks(a) + ticks(b),
      "timespan,datetime": (a, b) => ticks(a) + ticks(b),
      "timespan,timespan": (a, b) => ticks(a) + ticks(b),
    },
  },
  "-": {
    long: (a, b) => longOperation(a as number, b as number, (x, y) => x - y, (x, y) => x - y),
    real: (a, b) => a - b,
    temporal: {
      "datetime,timespan": (a, b) => ticks(a) - ticks(b),
      "datetime,datetime": (a, b) => ticks(a) - ticks(b),
      "timespan,timespan": (a, b) => ticks(a) - ticks(b),
    },
  },
  "*": {
    long: (a, b) => longOperation(a as number, b as number, (x, y) => x * y, (x, y) => x * y),
    real: (a, b) => a * b,
    temporal: {
      "timespan,number": (a, b) => wholeTicks(ticks(a) * Number(b)),
      "number,timespan": (a, b) => wholeTicks(Number(a) * ticks(b)),
    },
  },
  "/": {
    long: divideLongs,
    real: (a, b) => a / b,
    temporal: {
      "timespan,timespan": (a, b) => ticks(a) / ticks(b),
      "timespan,number": (a, b) => wholeTicks(ticks(a) / Number(b)),
    },
  },
  "%": {
    long: moduloLongs,
    real: (a, b) => floorModulo(a, b),
    temporal: {
      "timespan,timespan": (a, b) => (ticks(b) === 0 ? null : ticks(a) % ticks(b)),
      "datetime,timespan": (a, b) => (ticks(b) === 0 ? null : ticks(a) % ticks(b)),
    },
  },
};

/**
 * NOTE: the documentation does not say what integer division or modulo by
 * zero returns; this engine returns null.
 */
function divideLongs(a: Value, b: Value): Value {
  if (Number(b) === 0) return null;
  return longOperation(
    a as number,
    b as number,
    (x, y) => (x - (x % y)) / y,
    (x, y) => x / y,
  );
}

/**
 * Kusto's modulo is never negative: `0 <= N % D < abs(D)`, so
 * `-14 % 12` is 10 where JavaScript gives -2.
 */
function moduloLongs(a: Value, b: Value): Value {
  if (Number(b) === 0) return null;
  return longOperation(a as number, b as number, floorModulo, (x, y) => {
    const divisor = y < 0n ? -y : y;
    return ((x % divisor) + divisor) % divisor;
  });
}

function floorModulo(x: number, y: number): number {
  const divisor = Math.abs(y);
  const rest = x % divisor;
  return rest < 0 ? rest + divisor : Math.abs(rest);
}

function operandKind(type: KustoType): string {
  return isNumericType(type) ? "number" : type;
}

function compileArithmetic(site: CallSite, rules: OperatorRules): Binary {
  const [aType, bType] = site.argTypes;
  const temporal = rules.temporal[`${operandKind(aType)},${operandKind(bType)}`];
  if (temporal) return temporal;

  const numericResult = isNumericType(site.resultType) ? site.resultType : "real";
  const bothNumeric = isNumericType(aType) && isNumericType(bType);
  if (!bothNumeric && aType !== "dynamic" && bType !== "dynamic") {
    throw unsupported(site, `${aType} ${site.name} ${bType}`);
  }

  const integral = numericResult === "long" || numericResult === "int";
  const toA = toNumericType(aType, numericResult);
  const toB = toNumericType(bType, numericResult);
  return (a, b) => {
    const x = toA(a);
    const y = toB(b);
    if (x === null || y === null) return null;
    return integral ? rules.long(x, y) : rules.real(Number(x), Number(y));
  };
}

function toNumericType(from: KustoType, to: KustoType): (value: Value) => Value {
  if (from !== "dynamic") return (value) => value;
  return (value) => convertValue(value, "dynamic", to);
}

function binaryOperator(rules: OperatorRules) {
  return (site: CallSite): ScalarImpl => {
    const apply = compileArithmetic(site, rules);
    return ([a, b]) => (a === null || b === null ? null : apply(a, b));
  };
}

function negate(site: CallSite): ScalarImpl {
  const type = site.argTypes[0];
  if (type === "real" || type === "decimal" || type === "timespan") {
    return ([value]) => (value === null ? null : 0 - (value as number));
  }
  return ([value]) => {
    if (value === null) return null;
    if (typeof value === "number") return value === 0 ? 0 : -value;
    return normalizeLong(-toBigInt(value as bigint));
  };
}

registerScalars(
  ...Object.entries(RULES).map(([name, rules]) => scalar(name, binaryOperator(rules))),
  scalar("negate", negate),
);
