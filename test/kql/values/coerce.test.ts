// Type forms follow https://learn.microsoft.com/kusto/query/scalar-data-types/
// (datetime, timespan, guid, dynamic) and the test-case format in DESIGN.md.
import { describe, expect, test } from "vitest";
import { InputError } from "../../../src/errors.js";
import { parseDatetime, type KustoType } from "../../../src/kql/types.js";
import { coerceValue, inferType } from "../../../src/kql/values/index.js";

const at = (text: string) => parseDatetime(text);

describe("coerceValue", () => {
  const rows: [unknown, KustoType, unknown][] = [
    ["2026-04-20T08:10:00Z", "datetime", at("2026-04-20T08:10:00Z")],
    ["2026-04-20T10:10:00+02:00", "datetime", at("2026-04-20T08:10:00Z")],
    [new Date("2026-04-20T08:10:00Z"), "datetime", at("2026-04-20T08:10:00Z")],
    ["00:05:00", "timespan", 3_000_000_000],
    ["1.02:00:00", "timespan", 936_000_000_000],
    ["5m", "timespan", 3_000_000_000],
    ["1.5h", "timespan", 54_000_000_000],
    ["-00:00:01", "timespan", -10_000_000],
    [42, "long", 42],
    ["42", "long", 42],
    ["9223372036854775807", "long", 9223372036854775807n],
    [7, "int", 7],
    ["1.5", "real", 1.5],
    ["NaN", "real", NaN],
    ["-Infinity", "real", -Infinity],
    [3, "real", 3],
    [true, "bool", true],
    ["False", "bool", false],
    [1, "bool", true],
    ["6F9619FF-8B86-D011-B42D-00CF4FC964FF", "guid", "6f9619ff-8b86-d011-b42d-00cf4fc964ff"],
    ["text", "string", "text"],
    [443, "string", "443"],
    [{ Channel: "general", Message: "hi" }, "string", '{"Channel":"general","Message":"hi"}'],
    [["a", 1], "string", '["a",1]'],
    ['{"a":1}', "dynamic", '{"a":1}'],
    [{ a: [1, { b: null }] }, "dynamic", { a: [1, { b: null }] }],
    [null, "string", ""],
    [undefined, "long", null],
    [null, "dynamic", null],
  ];

  test.each(rows)("%j as %s", (raw, type, expected) => {
    expect(coerceValue(raw, type)).toEqual(expected);
  });

  test("names value, type and fix", () => {
    expect(() => coerceValue("yesterday", "datetime")).toThrow(
      "'yesterday' is not a datetime: write it in ISO 8601, such as 2026-04-20T08:10:00Z",
    );
  });

  test("places the error", () => {
    expect(() => coerceValue("many", "long", "column Count")).toThrow(
      "'many' in column Count is not a long: write a whole number, such as 42",
    );
  });

  test("error kind is type", () => {
    try {
      coerceValue(1.5, "long");
      expect.unreachable();
    } catch (error: unknown) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).kind).toBe("type");
    }
  });

  const invalid: [unknown, KustoType][] = [
    [1.5, "long"],
    ["2147483648", "int"],
    ["9223372036854775808", "long"],
    ["maybe", "bool"],
    [5, "datetime"],
    ["2026-13-01", "datetime"],
    ["5 parsecs", "timespan"],
    ["not-a-guid", "guid"],
    [{ a: 1 }, "real"],
  ];

  test.each(invalid)("rejects %j as %s", (raw, type) => {
    expect(() => coerceValue(raw, type)).toThrow(InputError);
  });
});

describe("inferType", () => {
  const rows: [unknown[], KustoType][] = [
    [[true, false, null], "bool"],
    [[1, 2, 3], "long"],
    [[1, 2.5], "real"],
    [["2026-04-20T08:10:00Z", "2026-04-21T00:00:00Z"], "datetime"],
    [["2026-04-20T08:10:00Z", "later"], "string"],
    [["a", "b"], "string"],
    [[{ a: 1 }, [1]], "dynamic"],
    [["a", 1], "dynamic"],
    [[null, undefined], "dynamic"],
    [[], "dynamic"],
  ];

  test.each(rows)("%j is %s", (values, expected) => {
    expect(inferType(values)).toBe(expected);
  });
});
