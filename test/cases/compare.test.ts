import { describe, expect, it } from "vitest";
import type { ExpectedAlert } from "../../src/cases/case-loader.js";
import { compareRun, querySorts, type ActualRun } from "../../src/cases/compare.js";
import { valuesEqual } from "../../src/cases/value-equality.js";
import { parseDatetime, type Column, type Value } from "../../src/kql/types.js";

const COLUMNS: Column[] = [
  { name: "User", type: "string" },
  { name: "ChannelCount", type: "long" },
  { name: "StartTime", type: "datetime" },
  { name: "Channels", type: "dynamic" },
];

function alertOf(user: string, count: number) {
  return {
    columns: { User: user, ChannelCount: count, StartTime: "2026-04-20T08:10:00Z" },
    entities: [{ type: "Account", FullName: user, Name: user.split("@")[0] }],
    customDetails: {},
    name: "Suspicious link sharing pattern",
    severity: "Low",
    tactics: ["Reconnaissance"],
  };
}

function runOf(alerts: ReturnType<typeof alertOf>[], rows: Value[][] = []): ActualRun {
  return { result: { columns: COLUMNS, rows }, triggered: alerts.length > 0, alerts };
}

function expected(fields: Omit<ExpectedAlert, "line">): ExpectedAlert {
  return { ...fields, line: 1 };
}

describe("valuesEqual", () => {
  const cases: [string, unknown, unknown, Column["type"] | undefined, boolean][] = [
    ["YAML number equals long", 4, 4, "long", true],
    ["text number equals long", "4", 4, "long", true],
    ["long differs", 4, 5, "long", false],
    ["datetime text equals datetime", "2026-04-20T08:10:00Z", "2026-04-20T08:10:00.0000000Z", "datetime", true],
    ["datetime with offset", "2026-04-20T10:10:00+02:00", "2026-04-20T08:10:00Z", "datetime", true],
    ["bad datetime never equal", "noon", "2026-04-20T08:10:00Z", "datetime", false],
    ["map equals JSON text", { a: 1, b: "x" }, '{"b":"x","a":1}', "string", true],
    ["map differs from JSON text", { a: 1 }, '{"a":2}', "string", false],
    ["string is exact", "User1", "user1", "string", false],
    ["dynamic list order counts", ["a", "b"], ["b", "a"], "dynamic", false],
    ["dynamic bag key order ignored", { a: 1, b: 2 }, { b: 2, a: 1 }, "dynamic", true],
    ["real NaN equals NaN", "NaN", "NaN", "real", true],
    ["unknown type compares JSON", 4, 4, undefined, true],
    ["unknown type keeps text apart", "4", 4, undefined, false],
  ];
  it.each(cases)("%s", (_name, left, right, type, equal) => {
    expect(valuesEqual(left, right, type)).toBe(equal);
  });
});

describe("compareRun alerts", () => {
  it("matches in any order", () => {
    const run = runOf([alertOf("b@example.com", 5), alertOf("a@example.com", 4)]);
    const result = compareRun(
      {
        triggered: true,
        alerts: [
          expected({ columns: { User: "a@example.com", ChannelCount: 4 } }),
          expected({ columns: { User: "b@example.com" } }),
        ],
      },
      run,
    );
    expect(result).toEqual({
      passed: true,
      message: "2 alerts as expected",
      diff: { missing: [], unexpected: [] },
    });
  });

  it("finds the matching that meets every expectation", () => {
    // A greedy pairing would give the first (looser) expectation the only
    // alert the second one accepts.
    const run = runOf([alertOf("a@example.com", 4), alertOf("b@example.com", 4)]);
    const result = compareRun(
      {
        alerts: [
          expected({ columns: { ChannelCount: 4 } }),
          expected({ columns: { User: "a@example.com" } }),
        ],
      },
      run,
    );
    expect(result.passed).toBe(true);
  });

  it("reports missing and unexpected alerts", () => {
    const run = runOf([alertOf("a@example.com", 3)]);
    const result = compareRun(
      { triggered: true, alerts: [expected({ columns: { User: "a@example.com", ChannelCount: 4 } })] },
      run,
    );
    expect(result.passed).toBe(false);
    expect(result.message).toBe("1 expected alert missing; 1 unexpected alert");
    expect(result.line).toBe(1);
    expect(result.diff.missing).toEqual([{ columns: { User: "a@example.com", ChannelCount: 4 } }]);
    expect(result.diff.unexpected).toEqual([{ columns: { User: "a@example.com", ChannelCount: 3 } }]);
  });

  it("explains one alert for several rows", () => {
    const rows = [
      ["a@example.com", 4, null, null],
      ["b@example.com", 5, null, null],
    ];
    const run = runOf([alertOf("a@example.com", 4)], rows);
    const result = compareRun(
      {
        triggered: true,
        alerts: [
          expected({ columns: { User: "a@example.com" } }),
          expected({ columns: { User: "b@example.com" } }),
        ],
      },
      run,
    );

    expect(result.passed).toBe(false);
    expect(result.message).toBe(
      "1 expected alert missing; the run raised 1 alert for 2 result rows, because the rule groups them into one alert (Sentinel's default, SingleAlert); expect one alert, or set eventGroupingSettings.aggregationKind to AlertPerResult",
    );
  });

  it("pairs the closest alerts", () => {
    const run = runOf([alertOf("b@example.com", 4), alertOf("a@example.com", 3)]);
    const alerts = [
      expected({ columns: { User: "a@example.com", ChannelCount: 4 } }),
      { ...expected({ columns: { User: "b@example.com", ChannelCount: 4 } }), line: 9 },
    ];
    const result = compareRun({ alerts }, run);

    expect(result.passed).toBe(false);
    expect(result.diff.missing).toHaveLength(1);
    expect(result.diff.pairs).toEqual([
      {
        missing: 0,
        unexpected: 0,
        line: 1,
        fields: [
          { field: "User", expected: "a@example.com", actual: "a@example.com", matches: true },
          { field: "ChannelCount", expected: 4, actual: 3, matches: false },
        ],
      },
    ]);
  });

  it("unexpected alert shows named fields", () => {
    const run = runOf([alertOf("a@example.com", 3)]);
    const result = compareRun(
      { alerts: [expected({ columns: { ChannelCount: 4 }, severity: "High" })] },
      run,
    );
    expect(result.diff.unexpected).toEqual([{ columns: { ChannelCount: 3 }, severity: "Low" }]);
  });

  it("unexpected alert against none", () => {
    const result = compareRun({ alerts: [] }, runOf([alertOf("a@example.com", 3)]));
    expect(result.diff.unexpected).toEqual([
      {
        columns: { User: "a@example.com", ChannelCount: 3, StartTime: "2026-04-20T08:10:00Z" },
        entities: [{ type: "Account", FullName: "a@example.com", Name: "a" }],
      },
    ]);
  });

  it("names a column not in the result", () => {
    const alert = {
      ...expected({ columns: { User: "a@example.com", FailCount: 6 } }),
      line: 20,
      columnLines: { User: 21, FailCount: 22 },
    };
    const result = compareRun({ alerts: [alert] }, runOf([alertOf("a@example.com", 3)]));

    expect(result.passed).toBe(false);
    expect(result.message).toBe(
      "column 'FailCount' is not in the result of the rule; its columns are: User, ChannelCount, StartTime, Channels; 1 expected alert missing; 1 unexpected alert",
    );
    expect(result.line).toBe(22);
    expect(result.diff.pairs?.[0].fields[1]).toEqual({ field: "FailCount", expected: 6, matches: false });
  });

  it("reports the trigger", () => {
    const result = compareRun({ triggered: false, alerts: [] }, runOf([alertOf("a@example.com", 4)]));
    expect(result.passed).toBe(false);
    expect(result.message).toBe("expected triggered false, got true; 1 unexpected alert");
  });

  it("entities are the complete list", () => {
    const run = runOf([alertOf("a@example.com", 4)]);
    const partial = compareRun(
      { alerts: [expected({ entities: [{ type: "Account", FullName: "a@example.com" }] })] },
      run,
    );
    const complete = compareRun(
      { alerts: [expected({ entities: [{ Name: "a", type: "Account", FullName: "a@example.com" }] })] },
      run,
    );
    expect(partial.passed).toBe(false);
    expect(complete.passed).toBe(true);
  });

  it("compares alert details when given", () => {
    const run = runOf([alertOf("a@example.com", 4)]);
    const check = (fields: Omit<ExpectedAlert, "line">) =>
      compareRun({ alerts: [expected(fields)] }, run).passed;
    expect(check({ severity: "Low" })).toBe(true);
    expect(check({ severity: "High" })).toBe(false);
    expect(check({ name: "Suspicious link sharing pattern" })).toBe(true);
    expect(check({ customDetails: {} })).toBe(true);
    expect(check({ customDetails: { Count: 4 } })).toBe(false);
    expect(check({ tactics: ["Reconnaissance"] })).toBe(true);
    expect(check({ columns: { Missing: "x" } })).toBe(false);
    expect(check({ columns: { StartTime: "2026-04-20T08:10:00Z" } })).toBe(true);
  });

  it("triggered alone", () => {
    expect(compareRun({ triggered: false }, runOf([]))).toEqual({
      passed: true,
      message: "not triggered, as expected",
      diff: { missing: [], unexpected: [] },
    });
  });
});

describe("compareRun rows", () => {
  const time = parseDatetime("2026-04-20T08:10:00Z");
  const rows: Value[][] = [
    ["a@example.com", 4, time, ["x", "y"]],
    ["b@example.com", 5, time, []],
  ];
  const rowA = { User: "a@example.com", ChannelCount: 4, StartTime: "2026-04-20T08:10:00Z", Channels: ["x", "y"] };
  const rowB = { User: "b@example.com", ChannelCount: 5, StartTime: "2026-04-20T08:10:00Z", Channels: [] };

  it("multiset ignores order", () => {
    const result = compareRun({ rows: [rowB, rowA] }, runOf([], rows));
    expect(result.passed).toBe(true);
    expect(result.message).toBe("2 rows as expected");
  });

  it("ordered when the query sorts", () => {
    const result = compareRun({ rows: [rowB, rowA] }, runOf([], rows), { ordered: true });
    expect(result.passed).toBe(false);
    expect(result.message).toBe(
      "2 missing rows, 2 unexpected rows (`rows` compares every column of the result, and a column a row leaves out must be empty)",
    );
  });

  it("diff shows rows as JSON", () => {
    const result = compareRun({ rows: [rowA, { ...rowB, ChannelCount: 6 }] }, runOf([], rows));
    expect(result.diff).toEqual({
      kind: "rows",
      missing: [{ ...rowB, ChannelCount: 6 }],
      unexpected: [rowB],
    });
  });

  it("points at the first missing row", () => {
    const expect_ = { rows: [rowA, { ...rowB, ChannelCount: 6 }], rowLines: [30, 35], line: 29 };
    expect(compareRun(expect_, runOf([], rows)).line).toBe(35);
  });

  it("names a row column not in the result", () => {
    const result = compareRun({ rows: [rowA, { ...rowB, Count: 5 }] }, runOf([], rows));
    expect(result.message).toBe(
      "column 'Count' is not in the result of the rule; its columns are: User, ChannelCount, StartTime, Channels; 1 missing row, 1 unexpected row (`rows` compares every column of the result, and a column a row leaves out must be empty)",
    );
  });

  it("a left-out column must be empty", () => {
    const { Channels: _channels, ...withoutChannels } = rowA;
    const result = compareRun({ rows: [withoutChannels, rowB] }, runOf([], rows));
    expect(result.passed).toBe(false);
  });
});

describe("querySorts", () => {
  const cases: [string, boolean][] = [
    ["T | where x > 1", false],
    ["T | sort by x desc", true],
    ["T | order by x | project x", true],
    ["T | top 3 by x", true],
    ["T | sort by x | summarize count() by y", false],
    ["let s = T | sort by x;\nT | where y == 'a|b'", false],
    ["T | join (U | sort by x) on k", false],
  ];
  it.each(cases)("%s", (query, sorted) => {
    expect(querySorts(query)).toBe(sorted);
  });
});
