/**
 * Series functions over dynamic arrays of numbers, such as `make-series`
 * produces: `series_fit_line`
 * (https://learn.microsoft.com/kusto/query/series-fit-line-function).
 */
import type { Value } from "../types.js";
import { scalar } from "./define.js";
import { dynamicArg } from "./dynamic-access.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

/** The six columns of `series_fit_line`, all null. */
const NO_FIT: readonly Value[] = [null, null, null, null, null, null];

/**
 * Fits `y = slope * x + interception` by least squares, with x counting
 * 1, 2, ... along the series. Returns `[rsquare, slope, variance,
 * rvariance, interception, line_fit]`, where both variances divide by
 * n - 1: the page's example (slope 2.730, interception -1.666, variance
 * 98.628, rvariance 1.686, rsquare 0.982 for twelve values) gives those
 * values only with x from 1 and the sample variance.
 *
 * NOTE: the page does not state the result for a series with nulls or
 * text. The engine returns null in every column for it, and for an empty
 * series.
 */
export function fitLine(series: Value): readonly Value[] {
  if (!Array.isArray(series) || series.length === 0) return NO_FIT;
  const ys: number[] = [];
  for (const value of series) {
    if (typeof value !== "number" && typeof value !== "bigint") return NO_FIT;
    ys.push(Number(value));
  }

  const n = ys.length;
  const meanX = (n + 1) / 2;
  const meanY = ys.reduce((total, y) => total + y, 0) / n;
  let sumXY = 0;
  let sumXX = 0;
  let sumYY = 0;
  ys.forEach((y, i) => {
    const dx = i + 1 - meanX;
    sumXY += dx * (y - meanY);
    sumXX += dx * dx;
    sumYY += (y - meanY) ** 2;
  });
  const slope = sumXX === 0 ? 0 : sumXY / sumXX;
  const interception = meanY - slope * meanX;
  const line = ys.map((_, i) => slope * (i + 1) + interception);
  const residual = ys.reduce((total, y, i) => total + (y - line[i]) ** 2, 0);

  const divisor = n > 1 ? n - 1 : 1;
  const rsquare = sumYY === 0 ? 1 : 1 - residual / sumYY;
  return [rsquare, slope, sumYY / divisor, residual / divisor, interception, line];
}

function seriesFitLine(site: CallSite): ScalarImpl {
  const toSeries = dynamicArg(site, 0);
  return ([series]) => [...fitLine(toSeries(series))];
}

registerScalars(scalar("series_fit_line", seriesFitLine));

