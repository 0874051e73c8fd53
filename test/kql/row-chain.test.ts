// Checks that a chain of row operators computes a repeated call once per row.
import { afterEach, describe, expect, it } from "vitest";
import { compileQuery } from "../../src/kql/compile-query.js";
import { findScalar } from "../../src/kql/functions/registry.js";
import type { ScalarFunction } from "../../src/kql/functions/registry.js";

const columns = [
  { name: "Id", type: "long" as const },
  { name: "ChatEvents", type: "string" as const },
];
const rows = [
  [1, '{"Channel": "a", "Message": "hi"}'],
  [2, '{"Channel": "b", "Message": "yo"}'],
];

let calls = 0;
let restore: (() => void) | undefined;

/** Counts the rows parse_json is evaluated on, by wrapping its compiled implementation. */
function countParseJson(): void {
  const fn = findScalar("parse_json") as { compile: ScalarFunction["compile"] };
  const original = fn.compile;
  fn.compile = (site) => {
    const impl = original(site);
    return (args) => {
      calls++;
      return impl(args);
    };
  };
  restore = () => {
    fn.compile = original;
  };
}

afterEach(() => {
  restore?.();
  calls = 0;
});

function run(query: string) {
  const compiled = compileQuery(query, { tables: { T: columns } });
  return compiled.evaluate({ tables: { T: { columns, rows } }, now: 0 }).rows;
}

describe("row chain", () => {
  it("parses once per row", () => {
    countParseJson();
    const result = run(
      "T | extend Channel = tostring(parse_json(ChatEvents).Channel) | extend Message = tostring(parse_json(ChatEvents).Message) | where Message != ''",
    );
    expect(result).toEqual([
      [1, rows[0][1], "a", "hi"],
      [2, rows[1][1], "b", "yo"],
    ]);
    expect(calls).toBe(2);
  });

  it("recomputes after reassignment", () => {
    countParseJson();
    const result = run(
      "T | extend A = tostring(parse_json(ChatEvents).Channel) | extend ChatEvents = '{\"Channel\": \"z\"}' | extend B = tostring(parse_json(ChatEvents).Channel) | project A, B",
    );
    expect(result).toEqual([
      ["a", "z"],
      ["b", "z"],
    ]);
    expect(calls).toBe(4);
  });

  it("skips filtered rows", () => {
    countParseJson();
    const result = run("T | where Id == 2 | extend C = parse_json(ChatEvents).Channel | project C");
    expect(result).toEqual([["b"]]);
    expect(calls).toBe(1);
  });
});

// A chain builds one new row and later `extend`s write into it. Each
// expression of an `extend` still reads the value a column had before it
// (https://learn.microsoft.com/kusto/query/extend-operator), and the input
// rows stay as they are.
describe("row chain writes", () => {
  const input = [
    { name: "Id", type: "long" as const },
    { name: "Name", type: "string" as const },
  ];
  const inputRows = [
    [1, "a"],
    [2, "b"],
    [3, "c"],
  ];
  const cases: [string, string, unknown[][]][] = [
    [
      "swap in one extend",
      "T | extend X = Id * 10 | extend Id = X + 1, X = Id",
      [[11, "a", 1], [21, "b", 2], [31, "c", 3]],
    ],
    [
      "replace twice",
      "T | extend X = Id * 10 | extend Id = Id + 1 | extend Id = Id + 1, Y = Id",
      [[3, "a", 10, 2], [4, "b", 20, 3], [5, "c", 30, 4]],
    ],
    [
      "where between extends",
      "T | extend X = Id | where X > 1 | extend Y = X * 2, Z = Name | where Y > 4 | extend W = strcat(Z, '!')",
      [[3, "c", 3, 6, "c", "c!"]],
    ],
    [
      "extend after project",
      "T | project Name, Id | extend Id = Id * 3 | extend Name = strcat(Name, Name), M = Name",
      [["aa", 3, "a"], ["bb", 6, "b"], ["cc", 9, "c"]],
    ],
    [
      "swap after project",
      "T | extend X = 1 | project X, Id | extend X = Id, Id = X",
      [[1, 1], [2, 1], [3, 1]],
    ],
  ];

  it.each(cases)("%s", (_name, query, expected) => {
    const compiled = compileQuery(query, { tables: { T: input } });
    const table = { columns: input, rows: inputRows };
    const result = compiled.evaluate({ tables: { T: table }, now: 0 });

    expect(result.rows).toEqual(expected);
    expect(inputRows).toEqual([[1, "a"], [2, "b"], [3, "c"]]);
  });
});
