import {
  DATETIME_EPOCH_MS,
  TICKS_PER_MS,
  TICKS_PER_SECOND,
  formatTimespan,
  type KustoType,
  type Value,
} from "../types.js";
import { stringifyDynamic } from "./dynamic.js";
import { formatReal } from "./real.js";

/**
 * Converts a value to its string form, as KQL `tostring()` does: null is
 * the empty string, a datetime is ISO 8601 in UTC with seven fraction
 * digits when the fraction is not zero (`2026-04-20T08:10:00.5000000Z`), a
 * timespan is `[-][d.]hh:mm:ss[.fffffff]`, a real follows .NET's shortest
 * round-trip format, and a dynamic string is its text without quotes while
 * other dynamic values are compact JSON.
 */
export function toKustoString(value: Value, type: KustoType): string {
  if (value === null) return "";

  switch (type) {
    case "string":
    case "guid":
      return String(value);
    case "bool":
      return value ? "true" : "false";
    case "int":
    case "long":
    case "decimal":
      return formatInteger(value);
    case "real":
      return formatReal(value as number);
    case "datetime":
      return formatDatetimeFull(value as number);
    case "timespan":
      return formatTimespan(value as number);
    case "dynamic":
      return typeof value === "string" ? value : stringifyDynamic(value);
  }
}

function formatInteger(value: Value): string {
  if (typeof value === "number" && !Number.isInteger(value)) {
    return formatReal(value);
  }
  return String(value);
}

/** Formats datetime ticks with all seven fraction digits when non-zero. */
export function formatDatetimeFull(ticks: number): string {
  const seconds = Math.floor(ticks / TICKS_PER_SECOND) * TICKS_PER_SECOND;
  const date = new Date(DATETIME_EPOCH_MS + seconds / TICKS_PER_MS);
  const iso = date.toISOString().slice(0, 19);
  const fraction = ticks - seconds;
  if (fraction === 0) return `${iso}Z`;
  return `${iso}.${String(fraction).padStart(7, "0")}Z`;
}
