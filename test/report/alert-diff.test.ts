import { describe, expect, it } from "vitest";
import { describeAlert, formatDiffText } from "../../src/report/alert-diff.js";

describe("describeAlert", () => {
  it("lists columns, details, then entities", () => {
    const alert = {
      columns: { User: "u@example.com", Count: 4 },
      severity: "Low",
      customDetails: { Channels: ["a", "b"] },
      entities: [{ type: "Account", Name: "u" }],
    };

    expect(describeAlert(alert)).toEqual([
      ["User", '"u@example.com"'],
      ["Count", "4"],
      ["severity", '"Low"'],
      ["customDetails.Channels", '["a","b"]'],
      ["entities[0]", '{"type":"Account","Name":"u"}'],
    ]);
  });

  it("takes a row without columns as is", () => {
    expect(describeAlert({ User: "u", Count: "4" })).toEqual([
      ["User", '"u"'],
      ["Count", '"4"'],
    ]);
  });

  it("writes a long exactly", () => {
    expect(describeAlert({ Big: 9007199254740993n })).toEqual([["Big", "9007199254740993"]]);
  });

  it("writes a scalar as value", () => {
    expect(describeAlert(7)).toEqual([["value", "7"]]);
  });
});

describe("formatDiffText", () => {
  it("aligns the values of one alert", () => {
    const text = formatDiffText({
      missing: [{ columns: { A: 1, LongName: 2 } }],
      unexpected: [{ columns: { B: null } }],
    });

    expect(text).toBe(
      [
        "- missing alert",
        "-   A:        1",
        "-   LongName: 2",
        "+ unexpected alert",
        "+   B: null",
      ].join("\n"),
    );
  });

  it("shows a pair field by field", () => {
    const text = formatDiffText({
      missing: [{ columns: { User: "u", FailCount: 6 } }, { columns: { User: "v" } }],
      unexpected: [{ columns: { User: "u" } }],
      pairs: [
        {
          missing: 0,
          unexpected: 0,
          line: 31,
          fields: [
            { field: "User", expected: "u", actual: "u", matches: true },
            { field: "FailCount", expected: 6, matches: false },
          ],
        },
      ],
    });

    expect(text).toBe(
      [
        "  expected alert (line 31) against the closest actual alert:",
        "    User:      \"u\"",
        "-   FailCount: 6",
        "+   FailCount: (not in the result)",
        "- missing alert",
        "-   User: \"v\"",
      ].join("\n"),
    );
  });

  it("labels rows as rows", () => {
    const text = formatDiffText({ kind: "rows", missing: [{ A: 1 }], unexpected: [{ A: 2 }] });

    expect(text).toBe(["- missing row", "-   A: 1", "+ unexpected row", "+   A: 2"].join("\n"));
  });

  it("is empty for an empty diff", () => {
    expect(formatDiffText({ missing: [], unexpected: [] })).toBe("");
  });
});
