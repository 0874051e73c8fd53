// Pages:
// https://learn.microsoft.com/kusto/query/split-function
// https://learn.microsoft.com/kusto/query/substring-function
// https://learn.microsoft.com/kusto/query/indexof-function
// https://learn.microsoft.com/kusto/query/strcat-function
// https://learn.microsoft.com/kusto/query/strcat-delim-function
// https://learn.microsoft.com/kusto/query/strlen-function
// https://learn.microsoft.com/kusto/query/tolower-function
// https://learn.microsoft.com/kusto/query/replace-string-function
// https://learn.microsoft.com/kusto/query/reverse-function
// https://learn.microsoft.com/kusto/query/strrep-function
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call } from "./call.js";

const strings = (count: number): KustoType[] => Array.from({ length: count }, () => "string");

describe("split", () => {
  const rows: [Value[], Value][] = [
    [["aa_bb", "_"], ["aa", "bb"]],
    [["aaa_bbb_ccc", "_", 1], ["bbb"]],
    [["", "_"], [""]],
    [["a__b", "_"], ["a", "", "b"]],
    [["aabbcc", "bb"], ["aa", "cc"]],
    [["user1@example.com", "@"], ["user1", "example.com"]],
    [["a_b", "_", 5], []],
  ];

  test.each(rows)("%j", (args, expected) => {
    const types: KustoType[] = args.length === 3 ? ["string", "string", "long"] : strings(2);
    expect(call("split", types, args)).toEqual(expected);
  });
});

describe("substring", () => {
  const rows: [Value[], string][] = [
    [["123456", 1], "23456"],
    [["123456", 2, 2], "34"],
    [["ABCD", 0, 2], "AB"],
    [["123456", -2, 2], "56"],
    [["abc", 5], ""],
    [["abc", 1, 10], "bc"],
  ];

  test.each(rows)("%j", (args, expected) => {
    const types: KustoType[] = ["string", ...args.slice(1).map(() => "long" as KustoType)];
    expect(call("substring", types, args)).toBe(expected);
  });
});

describe("indexof", () => {
  const rows: [Value[], Value][] = [
    [["abcdefg", "cde"], 2],
    [["abcdefg", "cde", 1, 4], 2],
    [["abcdefg", "cde", 1, 2], -1],
    [["abcdefg", "cde", 3, 4], -1],
    [["abcdefg", "cde", -5], 2],
    [["abcdefg", "cde", 2, -1], 2],
    [["abcdefgabcdefg", "cde", 1, 10, 2], 9],
    [["abcdefgabcdefg", "cde", 1, -1, 3], -1],
    [["abcdefg", "cde", 1, -2], null],
    [["abcdefg", "cde", 0, -1, -1], null],
  ];

  test.each(rows)("%j", (args, expected) => {
    const types: KustoType[] = ["string", "string", ...args.slice(2).map(() => "long" as KustoType)];
    expect(call("indexof", types, args)).toBe(expected);
  });

  test("casts non-strings", () => {
    expect(call("indexof", ["long", "long", "long", "long"], [1234567, 5, 1, 4])).toBe(4);
  });
});

describe("string building", () => {
  test("strcat joins text", () => {
    expect(call("strcat", strings(3), ["hello", " ", "world"])).toBe("hello world");
  });

  test("strcat converts values", () => {
    expect(call("strcat", ["string", "long", "dynamic"], ["n=", 5, { a: 1 }])).toBe('n=5{"a":1}');
  });

  test("strcat_delim joins with delimiter", () => {
    expect(call("strcat_delim", strings(4), ["-", "1", "2", "abc"])).toBe("1-2-abc");
  });

  test("strrep repeats", () => {
    expect(call("strrep", ["string", "long"], ["ABC", 2])).toBe("ABCABC");
    expect(call("strrep", ["string", "long", "string"], ["ABC", 2, "|"])).toBe("ABC|ABC");
  });
});

describe("string transforms", () => {
  const rows: [string, string, Value][] = [
    ["tolower", "Hello", "hello"],
    ["toupper", "Hello", "HELLO"],
    ["strlen", "hello", 5],
    ["strlen", "⒦⒰⒮⒯⒪", 5],
    ["strlen", "a😀", 2],
    ["reverse", "ABCDEF", "FEDCBA"],
    ["reverse", "", ""],
  ];

  test.each(rows)("%s(%s)", (fn, input, expected) => {
    expect(call(fn, ["string"], [input])).toBe(expected);
  });

  test("replace_string replaces all", () => {
    const args = ["A magic trick can turn a cat into a dog", "cat", "hamster"];
    expect(call("replace_string", strings(3), args)).toBe(
      "A magic trick can turn a hamster into a dog",
    );
  });
});
