/**
 * Series functions over dynamic arrays of numbers, such as `make-series`
 * produces: `series_fit_line`
 * (https://learn.microsoft.com/kusto/query/series-fit-line-function).
 */
import type { Value } from "../types.js";
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
export declare function fitLine(series: Value): readonly Value[];
