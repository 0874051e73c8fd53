import {
  TICKS_PER_DAY,
  TICKS_PER_MS,
  TICKS_PER_SECOND,
  parseTimespan,
} from "../types.js";

/** Ticks per unit of a timespan literal, by every unit name Kusto accepts. */
export const TIMESPAN_UNIT_TICKS: Readonly<Record<string, number>> = {
  d: TICKS_PER_DAY,
  day: TICKS_PER_DAY,
  days: TICKS_PER_DAY,
  h: 3600 * TICKS_PER_SECOND,
  hr: 3600 * TICKS_PER_SECOND,
  hrs: 3600 * TICKS_PER_SECOND,
  hour: 3600 * TICKS_PER_SECOND,
  hours: 3600 * TICKS_PER_SECOND,
  m: 60 * TICKS_PER_SECOND,
  min: 60 * TICKS_PER_SECOND,
  minute: 60 * TICKS_PER_SECOND,
  minutes: 60 * TICKS_PER_SECOND,
  s: TICKS_PER_SECOND,
  sec: TICKS_PER_SECOND,
  second: TICKS_PER_SECOND,
  seconds: TICKS_PER_SECOND,
  ms: TICKS_PER_MS,
  milli: TICKS_PER_MS,
  millis: TICKS_PER_MS,
  millisec: TICKS_PER_MS,
  millisecond: TICKS_PER_MS,
  milliseconds: TICKS_PER_MS,
  micro: 10,
  micros: 10,
  microsec: 10,
  microsecond: 10,
  microseconds: 10,
  tick: 1,
  ticks: 1,
};

const TIMESPAN_LITERAL = /^(-)?(\d+(?:\.\d+)?)\s*([a-z]+)$/;

/**
 * Parses a timespan in Kusto's literal form (`1d`, `1.5h`, `30m`, `10s`,
 * `100ms`, `10microseconds`, `5ticks`) or in the text form
 * `[-][d.]hh:mm[:ss[.fffffff]]`. Returns ticks, or `null`.
 */
export function parseTimespanText(text: string): number | null {
  const fromClock = parseTimespan(text);
  if (fromClock !== null) return fromClock;

  const match = TIMESPAN_LITERAL.exec(text.trim().toLowerCase());
  if (!match) return null;
  const unit = TIMESPAN_UNIT_TICKS[match[3]];
  if (unit === undefined) return null;
  const ticks = Math.round(Number(match[2]) * unit);
  return match[1] ? -ticks : ticks;
}

const GUID_TEXT =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses a guid in its 8-4-4-4-12 form into lower case, or returns `null`. */
export function parseGuid(text: string): string | null {
  const trimmed = text.trim();
  return GUID_TEXT.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** Parses `true`/`false` in any case, or returns `null`. */
export function parseBool(text: string): boolean | null {
  const lower = text.trim().toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return null;
}
