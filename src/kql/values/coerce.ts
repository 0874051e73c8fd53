import { InputError } from "../../errors.js";
import {
  datetimeFromDate,
  parseDatetime,
  type KustoType,
  type Value,
} from "../types.js";
import { stringifyDynamic } from "./dynamic.js";
import { parseIsoUtc } from "./iso-datetime.js";
import { normalizeLong, parseLong } from "./long.js";
import { parseReal } from "./real.js";
import { parseBool, parseGuid, parseTimespanText } from "./text-parsers.js";

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** What to write instead, per type, for the error on a value of the wrong type. */
const EXPECTED_FORM: Readonly<Record<KustoType, string>> = {
  bool: "write true or false",
  int: "write a whole number between -2147483648 and 2147483647",
  long: "write a whole number, such as 42",
  real: "write a number, such as 1.5, or NaN, Infinity, -Infinity",
  decimal: "write a number, such as 12.50",
  string: "write text",
  datetime: "write it in ISO 8601, such as 2026-04-20T08:10:00Z",
  timespan: "write it as [d.]hh:mm:ss[.fffffff], such as 00:05:00, or as 5m",
  guid: "write it as 8-4-4-4-12 hex digits, such as 6f9619ff-8b86-d011-b42d-00cf4fc964ff",
  dynamic: "write a JSON value",
};

/**
 * Converts a JSON or YAML value from a test case or table file into a value
 * of a column's Kusto type. Text parses for every non-string type; a map or
 * list given for a `string` column is stored as its JSON text; text given
 * for a `dynamic` column stays text. `null` and a missing value give null
 * (the empty string for `string`).
 *
 * Throws an `InputError` of kind `type` naming the value, the type and the
 * form to write instead; `where` (such as `column TimeGenerated`) places it.
 */
export function coerceValue(raw: unknown, type: KustoType, where?: string): Value {
  if (raw === null || raw === undefined) return type === "string" ? "" : null;
  if (type === "string" && typeof raw === "string") return raw;

  const value = COERCERS[type](raw);
  if (value === undefined) throw typeError(raw, type, where);
  return value;
}

/** Converts one raw value to a column's type, as `coerceValue` does. */
export type ValueCoercer = (raw: unknown) => Value;

/**
 * Returns a converter to `type` that gives the values and errors
 * `coerceValue(raw, type, where)` gives. It checks the usual input of the
 * type first: text for `string`, ISO 8601 text with `Z` for `datetime`
 * and a JSON primitive for `dynamic`.
 */
export function coercerOf(type: KustoType, where?: string): ValueCoercer {
  const general = (raw: unknown) => coerceValue(raw, type, where);
  switch (type) {
    case "string":
      return (raw) => (typeof raw === "string" ? raw : general(raw));
    case "datetime":
      return (raw) => {
        if (typeof raw !== "string") return general(raw);
        return parseIsoUtc(raw) ?? general(raw);
      };
    case "dynamic":
      return (raw) => {
        const kind = typeof raw;
        if (kind === "string" || kind === "number" || kind === "boolean") {
          return raw as Value;
        }
        return general(raw);
      };
    default:
      return general;
  }
}

type Coercer = (raw: unknown) => Value | undefined;

const COERCERS: Readonly<Record<KustoType, Coercer>> = {
  bool: coerceBool,
  int: coerceInt,
  long: coerceLong,
  real: coerceReal,
  decimal: coerceReal,
  string: coerceString,
  datetime: coerceDatetime,
  timespan: (raw) => (typeof raw === "string" ? parseTimespanText(raw) ?? undefined : undefined),
  guid: (raw) => (typeof raw === "string" ? parseGuid(raw) ?? undefined : undefined),
  dynamic: coerceDynamic,
};

function coerceBool(raw: unknown): Value | undefined {
  if (typeof raw === "boolean") return raw;
  if (raw === 0 || raw === 1) return raw === 1;
  if (typeof raw === "string") return parseBool(raw) ?? undefined;
  return undefined;
}

function coerceLong(raw: unknown): Value | undefined {
  if (typeof raw === "bigint") return normalizeLong(raw);
  if (typeof raw === "number") return Number.isInteger(raw) ? raw : undefined;
  if (typeof raw === "string") return parseLong(raw) ?? undefined;
  return undefined;
}

function coerceInt(raw: unknown): Value | undefined {
  const value = coerceLong(raw);
  if (typeof value !== "number") return undefined;
  return value >= INT_MIN && value <= INT_MAX ? value : undefined;
}

function coerceReal(raw: unknown): Value | undefined {
  if (typeof raw === "number") return raw;
  if (typeof raw === "bigint") return Number(raw);
  if (typeof raw === "string") return parseReal(raw) ?? undefined;
  return undefined;
}

function coerceString(raw: unknown): Value | undefined {
  if (typeof raw === "string") return raw;
  if (raw instanceof Date) return raw.toISOString();
  if (typeof raw === "object") return stringifyDynamic(toDynamic(raw) as Value);
  return String(raw);
}

function coerceDatetime(raw: unknown): Value | undefined {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? undefined : datetimeFromDate(raw);
  }
  if (typeof raw === "string") return parseIsoUtc(raw) ?? parseDatetime(raw) ?? undefined;
  return undefined;
}

function coerceDynamic(raw: unknown): Value | undefined {
  return toDynamic(raw);
}

/** Copies a parsed JSON or YAML value into a plain dynamic value. */
function toDynamic(raw: unknown): Value | undefined {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return raw.toISOString();
  if (Array.isArray(raw)) return raw.map((item) => toDynamic(item) ?? null);
  if (typeof raw === "object") {
    const bag: Record<string, Value> = {};
    for (const [key, member] of Object.entries(raw)) {
      if (member !== undefined) bag[key] = toDynamic(member) ?? null;
    }
    return bag;
  }
  if (typeof raw === "function" || typeof raw === "symbol") return undefined;
  return raw as Value;
}

function typeError(raw: unknown, type: KustoType, where?: string): InputError {
  const place = where ? ` in ${where}` : "";
  const article = type === "int" ? "an" : "a";
  return new InputError(
    `${describeRaw(raw)}${place} is not ${article} ${type}: ${EXPECTED_FORM[type]}`,
    { kind: "type" },
  );
}

function describeRaw(raw: unknown): string {
  if (typeof raw === "string") return `'${raw}'`;
  if (typeof raw === "bigint") return raw.toString();
  if (raw instanceof Date) return raw.toISOString();
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch (error: unknown) {
    if (error instanceof TypeError) return String(raw);
    throw error;
  }
}

/**
 * Infers the column type of a table given without a schema from its values
 * (nulls ignored): `bool`, `long` for whole numbers, `real` for other
 * numbers, `datetime` when every value is ISO 8601 text, `string` for other
 * text, and `dynamic` for maps, lists and mixed values.
 *
 * NOTE: a column whose values are all null is inferred as `dynamic`, which
 * keeps nulls as nulls, where a `string` column would turn them into "".
 */
export function inferType(values: readonly unknown[]): KustoType {
  const kinds = new Set<KustoType>();
  for (const raw of values) {
    if (raw !== null && raw !== undefined) kinds.add(kindOf(raw));
  }
  if (kinds.size === 0) return "dynamic";
  if (kinds.size === 1) return [...kinds][0];
  if (kinds.size === 2 && kinds.has("long") && kinds.has("real")) return "real";
  if (kinds.size === 2 && kinds.has("datetime") && kinds.has("string")) return "string";
  return "dynamic";
}

function kindOf(raw: unknown): KustoType {
  if (typeof raw === "boolean") return "bool";
  if (typeof raw === "bigint") return "long";
  if (typeof raw === "number") return Number.isInteger(raw) ? "long" : "real";
  if (raw instanceof Date) return "datetime";
  if (typeof raw === "string") {
    return parseDatetime(raw) !== null && raw.length >= 10 ? "datetime" : "string";
  }
  return "dynamic";
}
