import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "../../src/rules/duration.js";

const MINUTE = 600_000_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("parseDuration", () => {
  it.each([
    ["5m", 5 * MINUTE],
    ["30m", 30 * MINUTE],
    ["1h", HOUR],
    ["14d", 14 * DAY],
    ["PT5M", 5 * MINUTE],
    ["PT1H", HOUR],
    ["P1D", DAY],
    ["P2DT1H30M", 2 * DAY + HOUR + 30 * MINUTE],
    ["PT300S", 5 * MINUTE],
    ["PT24H", DAY],
  ])("reads %s", (text, ticks) => {
    expect(parseDuration(text)).toBe(ticks);
  });

  it.each(["30s", "1H", "1D", "1w", "P1W", "P", "PT", "1.5h", "h", "", " 1h", "5"])(
    "rejects '%s'",
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe("formatDuration", () => {
  it.each([
    [5 * MINUTE, "5m"],
    [90 * MINUTE, "90m"],
    [2 * HOUR, "2h"],
    [14 * DAY, "14d"],
  ])("formats %d ticks as %s", (ticks, text) => {
    expect(formatDuration(ticks)).toBe(text);
  });
});
