import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { evaluateQuery, stringifyJson } from "../src/index.js";

const SHAPE = "map each table name to an array of row objects, or to { columns: [{ name, type }], rows: [...] }";

function errorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error: unknown) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("evaluateQuery tables argument", () => {
  const invalid: [string, unknown, string][] = [
    ["string", "bad", "invalid tables argument: expected an object, got the string \"bad\""],
    ["array", [], "invalid tables argument: expected an object, got an array"],
    ["table string", { T: "bad" }, "invalid table 'T' in the tables argument: expected an array or an object, got the string \"bad\""],
    ["row number", { T: [{ a: 1 }, 2] }, "invalid table 'T' in the tables argument: row 1 is a number, not an object"],
    ["no columns", { T: { rows: [] } }, "invalid table 'T' in the tables argument: expected columns to be an array, got undefined"],
    ["bad column", { T: { columns: [{ name: "a" }], rows: [] } }, "invalid table 'T' in the tables argument: column 0 is not { name, type } with two strings"],
    ["rows null", { T: { columns: [], rows: null } }, "invalid table 'T' in the tables argument: expected rows to be an array, got null"],
  ];

  it.each(invalid)("rejects %s", (_name, tables, message) => {
    const error = errorOf(() => evaluateQuery("print 1", tables as never));

    expect(error.message).toBe(message);
    expect(error.hint).toBe(SHAPE);
    expect(error.kind).toBe("usage");
  });

  it("rejects a query that is no string", () => {
    expect(errorOf(() => evaluateQuery(42 as never)).message).toBe(
      "invalid query argument: expected the KQL text as a string, got a number",
    );
  });

  it("evaluates both table forms", () => {
    const result = evaluateQuery("T | union U | project a", {
      T: [{ a: 1 }],
      U: { columns: [{ name: "a", type: "long" }], rows: [[2]] },
    });

    expect(result).toEqual({ columns: [{ name: "a", type: "long" }], rows: [[1], [2]] });
  });

  it("returns a long beyond 2^53 as bigint", () => {
    const result = evaluateQuery("print big = 9007199254740993");

    expect(result.rows[0][0]).toBe(9007199254740993n);
    expect(stringifyJson(result)).toBe('{"columns":[{"name":"big","type":"long"}],"rows":[[9007199254740993]]}');
  });
});
