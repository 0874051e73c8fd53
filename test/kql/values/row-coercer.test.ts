// The converters chosen per column type must give exactly what
// coerceValue gives, values and errors alike, for the forms of
// https://learn.microsoft.com/kusto/query/scalar-data-types/ (datetime,
// string, dynamic) and the test-case format in DESIGN.md.
import { describe, expect, test } from "vitest";
import type { Column, KustoType } from "../../../src/kql/types.js";
import {
  coerceValue,
  coercerOf,
  rowCoercer,
} from "../../../src/kql/values/index.js";

const inputs: unknown[] = [
  "2026-04-20T08:10:00Z",
  "2026-04-20T08:10:00.1234567Z",
  "2026-04-20T10:10:00+02:00",
  "2026-04-20",
  new Date("2026-04-20T08:10:00Z"),
  "chat_message.sent",
  "",
  "42",
  '{"a":1}',
  42,
  -0,
  1.5,
  NaN,
  true,
  false,
  12345678901234567890n,
  null,
  undefined,
  { a: [1, { b: null }] },
  ["a", 1],
];

const types: KustoType[] = ["datetime", "string", "dynamic", "long", "bool"];

/** Writes a raw input for a test name, keeping NaN, -0 and bigints apart. */
function label(raw: unknown): string {
  if (typeof raw === "bigint") return `${raw}n`;
  if (raw instanceof Date) return `Date ${raw.toISOString()}`;
  if (typeof raw === "string" || typeof raw === "object") {
    return JSON.stringify(raw);
  }
  return Object.is(raw, -0) ? "-0" : String(raw);
}

/** Returns the value a conversion gives, or the message of its error. */
function outcome(convert: () => unknown): unknown {
  try {
    return { value: convert() };
  } catch (error: unknown) {
    return { error: (error as Error).message };
  }
}

describe("coercerOf", () => {
  const cases = types.flatMap((type) =>
    inputs.map((raw) => [type, label(raw), raw] as const),
  );

  test.each(cases)("%s of %s", (type, _label, raw) => {
    const where = "column C";
    const expected = outcome(() => coerceValue(raw, type, where));

    expect(outcome(() => coercerOf(type, where)(raw))).toEqual(expected);
  });
});

describe("rowCoercer", () => {
  const columns: Column[] = [
    { name: "TimeGenerated", type: "datetime" },
    { name: "Event", type: "dynamic" },
    { name: "User", type: "string" },
    { name: "Count", type: "long" },
  ];

  test("converts by column name", () => {
    const toRow = rowCoercer(columns);
    const record = {
      User: "user1@example.com",
      Extra: "ignored",
      TimeGenerated: "2026-04-20T08:10:00Z",
      Event: "chat_message.sent",
    };

    expect(toRow(record)).toEqual([
      coerceValue("2026-04-20T08:10:00Z", "datetime"),
      "chat_message.sent",
      "user1@example.com",
      null,
    ]);
  });

  test("names the column in errors", () => {
    const toRow = rowCoercer(columns, (column) => `column ${column.name} of T`);

    expect(() => toRow({ Count: "many" })).toThrow(
      "'many' in column Count of T is not a long: write a whole number, such as 42",
    );
  });

  test("any key order", () => {
    const toRow = rowCoercer(columns);
    const records = [
      { TimeGenerated: "2026-04-20T08:10:00Z", Event: "a", User: "u1", Count: 1 },
      { TimeGenerated: "2026-04-20T08:11:00Z", Event: "b", User: "u2", Count: 2 },
      { User: "u3", Count: "3", TimeGenerated: "2026-04-20T08:12:00Z" },
      { TimeGenerated: "2026-04-20T08:13:00Z", Event: { n: 4 }, User: "u4", Count: 4, Extra: 0 },
      { TimeGenerated: "2026-04-20T08:14:00Z", Event: "e", User: "u5", Count: 5 },
      {},
    ];
    const at = (text: string) => coerceValue(text, "datetime");

    expect(records.map(toRow)).toEqual([
      [at("2026-04-20T08:10:00Z"), "a", "u1", 1],
      [at("2026-04-20T08:11:00Z"), "b", "u2", 2],
      [at("2026-04-20T08:12:00Z"), null, "u3", 3],
      [at("2026-04-20T08:13:00Z"), { n: 4 }, "u4", 4],
      [at("2026-04-20T08:14:00Z"), "e", "u5", 5],
      [null, null, "", null],
    ]);
  });

  test("error of the first column", () => {
    const toRow = rowCoercer(columns);
    toRow({ Count: 1, TimeGenerated: "2026-04-20T08:10:00Z" });

    expect(() => toRow({ Count: "many", TimeGenerated: "noon" })).toThrow(
      "'noon' in column TimeGenerated is not a datetime",
    );
  });

  test("columns sharing a name", () => {
    const twice: Column[] = [
      { name: "A", type: "long" },
      { name: "A", type: "string" },
    ];

    expect(rowCoercer(twice)({ A: 7 })).toEqual([7, "7"]);
  });
});
