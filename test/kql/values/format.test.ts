// String forms follow https://learn.microsoft.com/kusto/query/tostring-function
// and the scalar type pages under https://learn.microsoft.com/kusto/query/scalar-data-types/.
// Reals print as .NET's double.ToString() does, since Kusto runs on .NET.
import { describe, expect, test } from "vitest";
import { parseDatetime, type KustoType, type Value } from "../../../src/kql/types.js";
import {
  formatReal,
  stringifyJson,
  toKustoString,
  valueToJson,
} from "../../../src/kql/values/index.js";

const at = (text: string) => parseDatetime(text) as number;

describe("toKustoString", () => {
  const rows: [Value, KustoType, string][] = [
    [null, "long", ""],
    [null, "datetime", ""],
    [123, "long", "123"],
    [9223372036854775807n, "long", "9223372036854775807"],
    [true, "bool", "true"],
    [1.5, "real", "1.5"],
    [2, "real", "2"],
    [at("2026-04-20T08:10:00Z"), "datetime", "2026-04-20T08:10:00Z"],
    [at("2026-04-20T08:10:00.5Z"), "datetime", "2026-04-20T08:10:00.5000000Z"],
    [90_000_000_000, "timespan", "02:30:00"],
    [864_000_000_000 + 1, "timespan", "1.00:00:00.0000001"],
    [-10_000_000, "timespan", "-00:00:01"],
    ["general", "dynamic", "general"],
    [{ a: 1, b: [true, null] }, "dynamic", '{"a":1,"b":[true,null]}'],
    [[1, "x"], "dynamic", '[1,"x"]'],
    [null, "dynamic", ""],
    ["6f9619ff-8b86-d011-b42d-00cf4fc964ff", "guid", "6f9619ff-8b86-d011-b42d-00cf4fc964ff"],
  ];

  test.each(rows)("%s as %s", (value, type, expected) => {
    expect(toKustoString(value, type)).toBe(expected);
  });
});

describe("formatReal", () => {
  const rows: [number, string][] = [
    [0.1, "0.1"],
    [123456789012345, "123456789012345"],
    [1e15, "1E+15"],
    [1.5e20, "1.5E+20"],
    [0.0001, "0.0001"],
    [0.00001, "1E-05"],
    [-2.5e-7, "-2.5E-07"],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
  ];

  test.each(rows)("%d", (value, expected) => {
    expect(formatReal(value)).toBe(expected);
  });
});

describe("valueToJson", () => {
  const rows: [Value, KustoType, unknown][] = [
    [at("2026-04-20T08:10:00Z"), "datetime", "2026-04-20T08:10:00Z"],
    [at("2026-04-20T08:10:00.25Z"), "datetime", "2026-04-20T08:10:00.25Z"],
    [36_000_000_000, "timespan", "01:00:00"],
    [12.5, "decimal", "12.5"],
    [NaN, "real", "NaN"],
    [Infinity, "real", "Infinity"],
    [-Infinity, "real", "-Infinity"],
    [2.5, "real", 2.5],
    [null, "long", null],
    [{ a: [1] }, "dynamic", { a: [1] }],
  ];

  test.each(rows)("%s as %s", (value, type, expected) => {
    expect(valueToJson(value, type)).toEqual(expected);
  });

  test("long beyond 2^53 stays exact", () => {
    const json = valueToJson(9007199254740993n, "long");
    expect(stringifyJson({ n: json })).toBe('{"n":9007199254740993}');
  });
});
