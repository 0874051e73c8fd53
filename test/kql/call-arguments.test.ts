// Each call site refills one array of argument values per row. A result
// built from the arguments must not share that array, so every row keeps
// its own values.
import { describe, expect, test } from "vitest";
import { evaluateQuery } from "../../src/kql/evaluate-query.js";

const tables = {
  T: {
    columns: [
      { name: "Id", type: "long" },
      { name: "Name", type: "string" },
    ],
    rows: [
      [1, "a"],
      [2, "b"],
      [3, "c"],
    ],
  },
};

function column(expression: string): unknown[] {
  const result = evaluateQuery(`T | project X = ${expression}`, tables);
  return result.rows.map((row) => row[0]);
}

describe("call arguments", () => {
  test("pack_array per row", () => {
    expect(column("pack_array(Id, Name)")).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
    ]);
  });

  test("bag_pack per row", () => {
    expect(column('bag_pack("k", Id, "n", Name)')).toEqual([
      { k: 1, n: "a" },
      { k: 2, n: "b" },
      { k: 3, n: "c" },
    ]);
  });

  test("nested calls of one function", () => {
    expect(column('strcat(strcat(Name, "-"), strcat(tostring(Id), Name))')).toEqual([
      "a-1a",
      "b-2b",
      "c-3c",
    ]);
  });

  test("arrays built from arrays", () => {
    expect(column("array_concat(pack_array(Id), pack_array(Id * 2))")).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
  });

  test("three arguments", () => {
    expect(column("max_of(Id, 2, Id * 3)")).toEqual([3, 6, 9]);
  });
});
