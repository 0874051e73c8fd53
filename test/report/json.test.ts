import { describe, expect, it } from "vitest";
import { formatJsonReport } from "../../src/report/json.js";
import { stringifyJson } from "../../src/report/json-text.js";
import { fixtureReport } from "./fixture-report.js";

describe("formatJsonReport", () => {
  it("keeps the report as it is", () => {
    const report = fixtureReport();
    const text = formatJsonReport(report);

    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(report);
  });

  it("has the fields of the run report", () => {
    const parsed = JSON.parse(formatJsonReport(fixtureReport()));
    const rule = parsed.rules[0];

    expect(Object.keys(parsed.summary)).toEqual(
      expect.arrayContaining(["rules", "cases", "passed", "failed", "errors"]),
    );
    expect(Object.keys(rule)).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "file",
        "status",
        "threshold",
        "mutationScore",
        "cases",
        "properties",
        "mutants",
      ]),
    );
    expect(Object.keys(rule.cases[0])).toEqual(
      expect.arrayContaining(["name", "file", "line", "status", "message", "diff"]),
    );
    expect(rule.properties[0]).toEqual({
      name: "threshold boundary",
      status: "passed",
      runs: 200,
      seed: 42,
      counterexample: null,
    });
  });

  it("indents by two spaces", () => {
    const lines = formatJsonReport(fixtureReport()).split("\n");

    expect(lines[0]).toBe("{");
    expect(lines[1]).toBe('  "summary": {');
    expect(lines[2]).toBe('    "rules": 2,');
  });
});

describe("stringifyJson", () => {
  const cases: [string, unknown, string][] = [
    ["a long beyond 2^53", { n: 9007199254740993n }, '{"n":9007199254740993}'],
    ["a negative long", [-12345678901234567890n], "[-12345678901234567890]"],
    ["NaN", [Number.NaN], '["NaN"]'],
    ["infinities", [Infinity, -Infinity], '["Infinity","-Infinity"]'],
    ["undefined property", { a: undefined, b: 1 }, '{"b":1}'],
    ["undefined item", [undefined], "[null]"],
    ["a date", [new Date(Date.UTC(2026, 3, 20))], '["2026-04-20T00:00:00.000Z"]'],
    ["an escaped string", ['a"b\n'], '["a\\"b\\n"]'],
    ["empty containers", { a: [], b: {} }, '{"a":[],"b":{}}'],
  ];

  it.each(cases)("writes %s", (_name, value, expected) => {
    expect(stringifyJson(value)).toBe(expected);
  });

  it("indents nested values", () => {
    expect(stringifyJson({ a: [1, { b: 2n }] }, 2)).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": 2\n    }\n  ]\n}',
    );
  });

  it("matches JSON.stringify on plain data", () => {
    const value = { s: "x", n: 1.5, t: true, z: null, list: [1, "two", { three: 3 }] };

    expect(stringifyJson(value, 2)).toBe(JSON.stringify(value, null, 2));
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
  });
});
