// Pages:
// https://learn.microsoft.com/kusto/query/series-fit-line-function
import { describe, expect, test } from "vitest";
import { evaluateQuery } from "../../../src/kql/evaluate-query.js";
import { fitLine } from "../../../src/kql/functions/series.js";
import { runCases } from "../engine-cases.js";

describe("series_fit_line", () => {
  // The page prints values cut to three decimals.
  test("page example", () => {
    const series = [2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30];
    const [rsquare, slope, variance, rvariance, interception, line] = fitLine(series);
    const cut = (value: unknown) => Math.trunc(Number(value) * 1000) / 1000;
    expect(cut(rsquare)).toBe(0.982);
    expect(cut(slope)).toBe(2.730);
    expect(cut(variance)).toBe(98.628);
    expect(cut(rvariance)).toBe(1.686);
    expect(cut(interception)).toBe(-1.666);
    const expectedLine = [1.064, 3.7945, 6.526, 9.256, 11.987, 14.718, 17.449, 20.180, 22.910, 25.641, 28.371, 31.102];
    (line as number[]).forEach((value, i) => expect(value).toBeCloseTo(expectedLine[i], 2));
  });

  test("exact line", () => {
    expect(fitLine([3, 5, 7])).toEqual([1, 2, 4, 0, 1, [3, 5, 7]]);
  });

  test("flat series", () => {
    expect(fitLine([4, 4])).toEqual([1, 0, 0, 0, 4, [4, 4]]);
  });

  const nulls = [null, null, null, null, null, null];
  test.each([
    ["empty", []],
    ["with null", [1, null, 3]],
    ["with text", [1, "2"]],
    ["not an array", "text"],
  ])("%s gives nulls", (_name, series) => {
    expect(fitLine(series)).toEqual(nulls);
  });

  test("named columns", () => {
    const query =
      "print id=' ', y=dynamic([2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30]) | extend (RSquare, Slope, Variance, RVariance, Interception, LineFit)=series_fit_line(y)";
    const result = evaluateQuery(query);
    expect(result.columns.map((column) => column.name)).toEqual([
      "id", "y", "RSquare", "Slope", "Variance", "RVariance", "Interception", "LineFit",
    ]);
    expect(result.rows[0][3]).toBeCloseTo(2.730, 2);
  });
});

describe("tuple assignments", () => {
  runCases([
    {
      name: "unnamed columns get defaults",
      query: "print y=dynamic([3, 5, 7]) | extend (r, s) = series_fit_line(y) | project-away y",
      columns: [
        "r:real", "s:real", "series_fit_line_y_variance:real", "series_fit_line_y_rvariance:real",
        "series_fit_line_y_interception:real", "series_fit_line_y_line_fit:dynamic",
      ],
      rows: [[1, 2, 4, 0, 1, [3, 5, 7]]],
    },
    {
      name: "print keeps named columns",
      query: "print (r, s) = series_fit_line(dynamic([3, 5, 7]))",
      columns: ["r:real", "s:real"],
      rows: [[1, 2]],
    },
    {
      name: "anomaly model is unsupported",
      query: "print y=dynamic([1, 2, 3]) | extend (a, s, b) = series_decompose_anomalies(y)",
      error: {
        kind: "unsupported",
        message: "series_decompose_anomalies() is not supported: its seasonality detection and anomaly model cannot be reproduced exactly outside Kusto",
      },
    },
  ]);
});
