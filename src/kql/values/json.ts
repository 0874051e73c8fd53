import {
  formatDatetime,
  formatTimespan,
  type KustoType,
  type Value,
} from "../types.js";
import { isPropertyBag } from "./dynamic.js";

/** A JSON value that may hold bigints, for longs beyond ±2^53. */
export type JsonValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * Converts a value to its form in the query result JSON and reports: a
 * datetime as `2026-04-20T08:10:00Z` (fraction only when non-zero), a
 * timespan as `[-][d.]hh:mm:ss[.fffffff]`, a long as a number (a bigint
 * beyond ±2^53, which {@link stringifyJson} writes exactly), a decimal as a
 * string, the reals NaN and ±Infinity as `"NaN"`, `"Infinity"`,
 * `"-Infinity"`, and a dynamic value as plain JSON.
 */
export function valueToJson(value: Value, type: KustoType): JsonValue {
  if (value === null) return null;

  switch (type) {
    case "datetime":
      return formatDatetime(value as number);
    case "timespan":
      return formatTimespan(value as number);
    case "decimal":
      return String(value);
    case "real":
      return realToJson(value as number);
    case "dynamic":
      return dynamicToJson(value);
    default:
      return value as JsonValue;
  }
}

function realToJson(value: number): JsonValue {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  return value;
}

function dynamicToJson(value: Value): JsonValue {
  if (Array.isArray(value)) return value.map(dynamicToJson);
  if (isPropertyBag(value)) {
    const result: { [key: string]: JsonValue } = {};
    for (const [key, member] of Object.entries(value)) {
      result[key] = dynamicToJson(member);
    }
    return result;
  }
  return value as JsonValue;
}

/**
 * Serializes JSON like `JSON.stringify`, but writes bigints as exact digits
 * so that longs beyond ±2^53 survive.
 */
export function stringifyJson(value: JsonValue, indent?: number): string {
  const marker = "\u0000bigint:";
  const text = JSON.stringify(
    value,
    (_key, member: unknown) =>
      typeof member === "bigint" ? `${marker}${member.toString()}` : member,
    indent,
  );
  return text.replace(/"\\u0000bigint:(-?\d+)"/g, "$1");
}
