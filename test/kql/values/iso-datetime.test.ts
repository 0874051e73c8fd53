import { describe, expect, it } from "vitest";
import { parseIsoUtc } from "../../../src/kql/values/iso-datetime.js";
import { parseDatetime } from "../../../src/kql/types.js";

// The fast path reads the ISO 8601 form %Y-%m-%dT%H:%M:%s%z with a Z zone,
// one of the datetime formats listed on
// https://learn.microsoft.com/azure/kusto/query/scalar-data-types/datetime,
// and must agree with parseDatetime on every text it accepts.
describe("parseIsoUtc", () => {
  const accepted = [
    "2026-04-20T08:10:00Z",
    "2014-05-25T08:20:03.123456Z",
    "2026-04-20T08:10:00.5Z",
    "2026-04-20T08:10:00.123Z",
    "2026-04-20T08:10:00.1234567Z",
    "2026-04-20T08:10:00.123456789Z",
    "1999-12-31T23:59:59Z",
    "2048-02-29T00:00:00Z",
    "0050-01-01T00:00:00Z",
  ];

  it.each(accepted)("agrees with parseDatetime on %s", (text) => {
    expect(parseIsoUtc(text)).toBe(parseDatetime(text));
  });

  const declined = [
    "2026-04-20",
    "2026-04-20T08:10Z",
    "2026-04-20 08:10:00Z",
    "2026-04-20T08:10:00+02:00",
    "2026-04-20T08:10:00.Z",
    "2026-04-20T08:10:00.1234567890Z",
    "2026-13-01T00:00:00Z",
    "2026-00-01T00:00:00Z",
    "2026-04-32T00:00:00Z",
    "2026-02-30T00:00:00Z",
    "2026-04-20T24:00:00Z",
    "2026-04-20T99:99:99Z",
    "2026-04-2xT00:00:00Z",
    "2026-04-20T08:10:0xZ",
    "2026-04-20T08:10:00.12a4Z",
    " 2026-04-20T08:10:00Z",
  ];

  it.each(declined)("leaves %s to parseDatetime", (text) => {
    expect(parseIsoUtc(text)).toBeUndefined();
  });

  it.each(["2026-02-30T00:00:00Z", "2026-04-20T24:00:00Z", "2026-04-20T99:99:99Z"])(
    "finds no day in %s",
    (text) => {
      expect(parseDatetime(text)).toBeNull();
    },
  );

  // Every day of every month, the 29th to 31st of short months included,
  // in years around the century and 400-year leap rules.
  const years = [100, 1600, 1899, 1900, 1970, 2000, 2024, 2026, 2100, 9999];
  it.each(years)("each day of %i", (year) => {
    const wrong: string[] = [];
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const date = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
        const text = `${date}T23:59:58.25Z`;
        const expected = parseDatetime(text) ?? undefined;
        if (parseIsoUtc(text) !== expected) wrong.push(text);
      }
    }
    expect(wrong).toEqual([]);
  });
});

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
