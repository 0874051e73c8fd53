// Pages:
// https://learn.microsoft.com/kusto/query/scalar-data-types/null-values
// https://learn.microsoft.com/kusto/query/count-aggregation-function
// https://learn.microsoft.com/kusto/query/countif-aggregation-function
// https://learn.microsoft.com/kusto/query/sum-aggregation-function
// https://learn.microsoft.com/kusto/query/min-aggregation-function
// https://learn.microsoft.com/kusto/query/avg-aggregation-function
// https://learn.microsoft.com/kusto/query/dcount-aggregation-function
// https://learn.microsoft.com/kusto/query/stdev-aggregation-function
// https://learn.microsoft.com/kusto/query/percentiles-aggregation-function
// https://learn.microsoft.com/kusto/query/make-set-aggregation-function
// https://learn.microsoft.com/kusto/query/make-list-aggregation-function
// https://learn.microsoft.com/kusto/query/make-bag-aggregation-function
import { describe, expect, test } from "vitest";
import type { Value } from "../../../src/kql/types.js";
import { aggregateRows, dt } from "./call.js";

const column = (...values: Value[]) => values.map((value) => [value]);

describe("counting", () => {
  test("count counts rows", () => {
    expect(aggregateRows("count", [], [[], [], []])).toBe(3);
  });

  test("countif counts true", () => {
    expect(aggregateRows("countif", ["bool"], column(true, false, null, true))).toBe(2);
  });

  test("dcount skips nulls", () => {
    expect(aggregateRows("dcount", ["string"], column("a", "b", "a"))).toBe(2);
    expect(aggregateRows("dcount", ["long"], column(1, null, 1, 2))).toBe(2);
  });

  test("dcountif filters first", () => {
    const rows = [["a", true], ["b", false], ["c", true], ["a", true]];
    expect(aggregateRows("dcountif", ["string", "bool"], rows)).toBe(2);
  });
});

describe("sums and averages", () => {
  test("sum skips nulls", () => {
    expect(aggregateRows("sum", ["long"], column(1, null, 2, 3))).toBe(6);
  });

  test("sum of reals", () => {
    expect(aggregateRows("sum", ["real"], column(0.5, 0.25))).toBe(0.75);
  });

  test("sum stays exact past 2^53", () => {
    expect(aggregateRows("sum", ["long"], column(9007199254740991, 2))).toBe(9007199254740993n);
  });

  test("sum of nulls is 0", () => {
    expect(aggregateRows("sum", ["long"], column(null))).toBe(0);
  });

  test("sumif uses the predicate", () => {
    expect(aggregateRows("sumif", ["long", "bool"], [[1, true], [2, false], [3, true]])).toBe(4);
  });

  test("avg skips nulls", () => {
    expect(aggregateRows("avg", ["long"], column(1, 2, null, 6))).toBe(3);
    expect(aggregateRows("avgif", ["long", "bool"], [[1, true], [5, false]])).toBe(1);
  });
});

describe("min and max", () => {
  test("numbers", () => {
    expect(aggregateRows("min", ["long"], column(3, null, 1, 2))).toBe(1);
    expect(aggregateRows("max", ["long"], column(3, null, 1, 2))).toBe(3);
  });

  test("datetimes", () => {
    const times = column(dt("2026-04-20T08:10:00Z"), dt("2026-04-20T08:05:00Z"));
    expect(aggregateRows("min", ["datetime"], times)).toBe(dt("2026-04-20T08:05:00Z"));
    expect(aggregateRows("max", ["datetime"], times)).toBe(dt("2026-04-20T08:10:00Z"));
  });

  test("strings by ordinal", () => {
    expect(aggregateRows("max", ["string"], column("b", "a", "B"))).toBe("b");
  });

  test("all null gives null", () => {
    expect(aggregateRows("min", ["long"], column(null, null))).toBe(null);
  });

  test("min_if and max_if", () => {
    const rows = [[5, true], [1, false], [3, true]];
    expect(aggregateRows("min_if", ["long", "bool"], rows)).toBe(3);
    expect(aggregateRows("maxif", ["long", "bool"], rows)).toBe(5);
  });
});

// The table "Default values of aggregations" of
// https://learn.microsoft.com/kusto/query/summarize-operator: these give 0
// over no values, the others (except make_*) null.
describe("defaults over no values", () => {
  const rows: [string, Value][] = [
    ["sum", 0],
    ["sumif", 0],
    ["variance", 0],
    ["varianceif", 0],
    ["stdev", 0],
    ["stdevif", 0],
    ["variancep", null],
    ["stdevp", null],
    ["avg", null],
    ["min", null],
  ];

  test.each(rows)("%s", (name, expected) => {
    const argTypes = name.endsWith("if") ? ["long", "bool"] as const : ["long"] as const;
    expect(aggregateRows(name, argTypes, [])).toBe(expected);
  });
});

describe("spread", () => {
  test("stdev is sample", () => {
    expect(aggregateRows("stdev", ["long"], column(1, 2, 3, 4))).toBeCloseTo(1.2909944487, 9);
  });

  test("stdevp is population", () => {
    expect(aggregateRows("stdevp", ["long"], column(1, 2, 3, 4))).toBeCloseTo(1.1180339887, 9);
  });

  test("variance of one value", () => {
    expect(aggregateRows("variance", ["long"], column(5))).toBe(0);
  });

  test("variancep", () => {
    expect(aggregateRows("variancep", ["long"], column(1, 2, 3, 4))).toBe(1.25);
  });
});

describe("percentile", () => {
  const values = column(...Array.from({ length: 10 }, (_, i) => 10 - i));

  test("nearest rank", () => {
    expect(aggregateRows("percentile", ["long", "long"], values, [undefined, 50])).toBe(5);
    expect(aggregateRows("percentile", ["long", "long"], values, [undefined, 95])).toBe(10);
    expect(aggregateRows("percentile", ["long", "long"], values, [undefined, 0])).toBe(1);
  });
});

describe("take_any", () => {
  test("first non-null", () => {
    expect(aggregateRows("take_any", ["long"], column(null, 7, 8))).toBe(7);
    expect(aggregateRows("any", ["string"], column("x", "y"))).toBe("x");
  });
});

describe("make_set", () => {
  test("distinct values in first-seen order", () => {
    expect(aggregateRows("make_set", ["string"], column("a", "b", "a", "c"))).toEqual(["a", "b", "c"]);
  });

  test("skips nulls", () => {
    expect(aggregateRows("make_set", ["long"], column(1, null, 1))).toEqual([1]);
  });

  test("array argument adds elements", () => {
    const rows = column(["A1", "A2", "A3"], ["B1", "A2"]);
    expect(aggregateRows("make_set", ["dynamic"], rows)).toEqual(["A1", "A2", "A3", "B1"]);
  });

  test("bags compare by value", () => {
    expect(aggregateRows("make_set", ["dynamic"], column({ a: 1, b: 2 }, { b: 2, a: 1 }))).toEqual([{ a: 1, b: 2 }]);
  });

  test("size limit", () => {
    const rows = [["a", 2], ["b", 2], ["c", 2]];
    expect(aggregateRows("make_set", ["string", "long"], rows, [undefined, 2])).toEqual(["a", "b"]);
  });

  test("makeset keeps 128", () => {
    const rows = column(...Array.from({ length: 200 }, (_, i) => i));
    expect((aggregateRows("makeset", ["long"], rows) as Value[]).length).toBe(128);
    expect((aggregateRows("make_set", ["long"], rows) as Value[]).length).toBe(200);
  });

  test("datetimes become text", () => {
    expect(aggregateRows("make_set", ["datetime"], column(dt("2026-04-20T08:10:00Z")))).toEqual([
      "2026-04-20T08:10:00Z",
    ]);
  });

  test("make_set_if", () => {
    const rows = [["a", true], ["b", false], ["a", true]];
    expect(aggregateRows("make_set_if", ["string", "bool"], rows)).toEqual(["a"]);
  });
});

describe("make_list and make_bag", () => {
  test("make_list keeps duplicates", () => {
    expect(aggregateRows("make_list", ["string"], column("a", "a", "b"))).toEqual(["a", "a", "b"]);
  });

  test("make_list_if", () => {
    const rows = [["a", true], ["b", false], ["c", true]];
    expect(aggregateRows("make_list_if", ["string", "bool"], rows)).toEqual(["a", "c"]);
  });

  test("make_bag merges bags", () => {
    const rows = column({ a: 1 }, { b: 2 }, "not a bag", { a: 3 });
    expect(aggregateRows("make_bag", ["dynamic"], rows)).toEqual({ a: 1, b: 2 });
  });
});
