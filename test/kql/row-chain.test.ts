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
