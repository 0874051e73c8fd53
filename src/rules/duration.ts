import { TICKS_PER_DAY, TICKS_PER_SECOND } from "../kql/types.js";

const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
const TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;

const SHORT_DURATION = /^(\d+)([mhd])$/;
const ISO_DURATION =
  /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const UNIT_TICKS: Record<string, number> = {
  m: TICKS_PER_MINUTE,
  h: TICKS_PER_HOUR,
  d: TICKS_PER_DAY,
};

/**
 * Parses a rule duration into timespan ticks, or returns `null`. Two forms
 * are read: the templates' whole number with a lowercase `m`, `h` or `d`
 * (`30m`, `1h`, `14d`), and the API's ISO 8601 duration with days, hours,
 * minutes and seconds (`PT1H`, `P1D`, `P2DT1H30M`). Anything else, such as
 * `30s`, `1H` or `P1W`, is not a duration.
 */
export function parseDuration(text: string): number | null {
  const short = SHORT_DURATION.exec(text);
  if (short) return Number(short[1]) * UNIT_TICKS[short[2]];

  return parseIsoDuration(text);
}

function parseIsoDuration(text: string): number | null {
  const match = ISO_DURATION.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return null;

  const [, days = "0", hours = "0", minutes = "0", seconds = "0"] = match;
  return (
    Number(days) * TICKS_PER_DAY +
    Number(hours) * TICKS_PER_HOUR +
    Number(minutes) * TICKS_PER_MINUTE +
    Math.round(Number(seconds) * TICKS_PER_SECOND)
  );
}

/** Formats ticks as the shortest template duration (`5m`, `1h`, `14d`). */
export function formatDuration(ticks: number): string {
  if (ticks % TICKS_PER_DAY === 0) return `${ticks / TICKS_PER_DAY}d`;
  if (ticks % TICKS_PER_HOUR === 0) return `${ticks / TICKS_PER_HOUR}h`;
  if (ticks % TICKS_PER_MINUTE === 0) return `${ticks / TICKS_PER_MINUTE}m`;
  return `${ticks / TICKS_PER_SECOND}s`;
}

/** Tells whether a duration is written in ISO 8601 (`PT1H`), the API's form. */
export function isIsoDuration(text: string): boolean {
  return parseIsoDuration(text) !== null;
}

/** Formats ticks as an ISO 8601 duration (`PT5M`, `PT1H`, `P1D`, `P2DT1H30M`). */
export function formatIsoDuration(ticks: number): string {
  const days = Math.floor(ticks / TICKS_PER_DAY);
  let rest = ticks - days * TICKS_PER_DAY;
  const hours = Math.floor(rest / TICKS_PER_HOUR);
  rest -= hours * TICKS_PER_HOUR;
  const minutes = Math.floor(rest / TICKS_PER_MINUTE);
  const seconds = (rest - minutes * TICKS_PER_MINUTE) / TICKS_PER_SECOND;

  const time = [
    hours > 0 ? `${hours}H` : "",
    minutes > 0 ? `${minutes}M` : "",
    seconds > 0 ? `${seconds}S` : "",
  ].join("");
  const date = days > 0 || time === "" ? `P${days}D` : "P";
  return time === "" ? date : `${date}T${time}`;
}

export { TICKS_PER_HOUR, TICKS_PER_MINUTE };
