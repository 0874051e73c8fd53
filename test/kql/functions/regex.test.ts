// Pages:
// https://learn.microsoft.com/kusto/query/re2
// https://learn.microsoft.com/kusto/query/matches-regex-operator
// https://learn.microsoft.com/kusto/query/extract-function
// https://learn.microsoft.com/kusto/query/extract-all-function
// https://learn.microsoft.com/kusto/query/replace-regex-function
// https://learn.microsoft.com/kusto/query/trim-function
// https://learn.microsoft.com/kusto/query/trim-start-function
// https://learn.microsoft.com/kusto/query/trim-end-function
// https://learn.microsoft.com/kusto/query/countof-function
import { describe, expect, test } from "vitest";
import { InputError } from "../../../src/errors.js";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { requiredPrefix } from "../../../src/kql/functions/regex.js";
import { call, compileScalar } from "./call.js";

const strings = (count: number): KustoType[] => Array.from({ length: count }, () => "string");

describe("matches regex", () => {
  const rows: [string, string, boolean][] = [
    ["see https://files.example.net/a", "http(s?):\\/\\/", true],
    ["no links here", "http(s?):\\/\\/", false],
    ["abc123", "\\d+", true],
    ["ABC", "(?i)abc", true],
    ["ABC", "abc", false],
    ["HTTPS://x", "http(s?):", false],
    ["file.txt", "file\\.txt", true],
    ["filextxt", "file\\.txt", false],
    ["ac", "abc*", false],
    ["ab", "abc*", true],
    ["xb", "a|b", true],
  ];

  test.each(rows)("%s ~ %s", (text, pattern, expected) => {
    expect(call("matches regex", strings(2), [text, pattern])).toBe(expected);
  });

  test("rejected pattern names it", () => {
    try {
      compileScalar("matches regex", strings(2), [undefined, "(?<=a)b"]);
      expect.unreachable();
    } catch (error: unknown) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).kind).toBe("regex");
      expect((error as InputError).message).toContain("'(?<=a)b'");
    }
  });

  test("per-row pattern also rejected", () => {
    const impl = compileScalar("matches regex", strings(2), [undefined, undefined]);
    expect(() => impl(["x", "a(b"])).toThrow(InputError);
  });
});

describe("requiredPrefix", () => {
  const rows: [string, string][] = [
    ["http(s?):\\/\\/", "http"],
    ["abc*", "ab"],
    ["ab\\.c", "ab.c"],
    ["ab{2}", "a"],
    ["x+", "x"],
    ["^foo\\d", "foo"],
    ["a|b", ""],
    ["(?i)abc", ""],
    ["\\d+", ""],
    ["[ab]c", ""],
  ];

  test.each(rows)("%s", (pattern, expected) => {
    expect(requiredPrefix(pattern)).toBe(expected);
  });

  test("repeated texts match alike", () => {
    const impl = compileScalar("matches regex", strings(2), [undefined, "h(t+)p"]);
    const texts = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `http ${i % 7}` : `h tp ${i}`));
    const results = texts.map((text) => impl([text, "h(t+)p"]));
    expect(results.filter((result) => result === true)).toHaveLength(1000);
  });
});

describe("extract", () => {
  const rows: [Value[], KustoType, Value][] = [
    [["x=([0-9.]+)", 1, "hello x=45.6|wo"], "string", "45.6"],
    [["x=([0-9.]+)", 0, "hello x=45.6|wo"], "string", "x=45.6"],
    [["x=([0-9.]+)", 1, "no match"], "string", ""],
    [["x=([0-9.]+)", 1, "hello x=45.6|wo"], "real", 45.6],
    [["x=([a-z]+)", 1, "hello x=abc|wo"], "real", null],
    [["(a)|(b)", 2, "a"], "string", ""],
  ];

  test.each(rows)("%j as %s", (args, resultType, expected) => {
    expect(call("extract", ["string", "long", "string"], args, resultType)).toBe(expected);
  });
});

describe("extract_all", () => {
  const id = "82b8be2d-dfa7-4bd1-8f63-24ad26d31449";

  test("one group gives a flat array", () => {
    expect(call("extract_all", strings(2), ["(\\d+)", "a set of numbers: 123, 567 and 789"])).toEqual([
      "123",
      "567",
      "789",
    ]);
  });

  test("hex bytes of a guid", () => {
    expect(call("extract_all", strings(2), ["([\\da-f]{2})", id])).toEqual([
      "82", "b8", "be", "2d", "df", "a7", "4b", "d1", "8f", "63", "24", "ad", "26", "d3", "14", "49",
    ]);
  });

  test("several groups give pairs", () => {
    expect(call("extract_all", strings(2), ["(\\w)(\\w+)(\\w)", id])).toEqual([
      ["8", "2b8be2", "d"],
      ["d", "fa", "7"],
      ["4", "bd", "1"],
      ["8", "f6", "3"],
      ["2", "4ad26d3144", "9"],
    ]);
  });

  test("selected groups", () => {
    const types: KustoType[] = ["string", "dynamic", "string"];
    expect(call("extract_all", types, ["(\\w)(\\w+)(\\w)", [1, 3], id])).toEqual([
      ["8", "d"],
      ["d", "7"],
      ["4", "1"],
      ["8", "3"],
      ["2", "9"],
    ]);
  });

  test("no match gives null", () => {
    expect(call("extract_all", strings(2), ["(\\d+)", "none"])).toBe(null);
  });
});

describe("replace_regex", () => {
  const rows: [Value[], string][] = [
    [["Number was: 1", "was: (\\d+)", "is \\1"], "Number is 1"],
    [["aaa", "a", "b"], "bbb"],
    [["abc", "x", "y"], "abc"],
    [["a.b.c", "\\.", ""], "abc"],
  ];

  test.each(rows)("%j", (args, expected) => {
    expect(call("replace_regex", strings(3), args)).toBe(expected);
  });

  test("replace takes regex first", () => {
    expect(call("replace", strings(3), ["was: (\\d+)", "is \\1", "Number was: 1"])).toBe("Number is 1");
  });
});

describe("trim", () => {
  const rows: [string, string, string, string][] = [
    ["trim", "--", "--https://bing.com--", "https://bing.com"],
    ["trim", "[^\\w]+", "- Te st1// $", "Te st1"],
    ["trim", "\\s+", "    Hello, world!    ", "Hello, world!"],
    ["trim_start", "https://", "https://bing.com", "bing.com"],
    ["trim_start", "[^\\w]+", "- Te st1// $", "Te st1// $"],
    ["trim_end", "\\.com", "bing.com", "bing"],
    ["trim_end", "[^\\w]+", "- Te st1// $", "- Te st1"],
  ];

  test.each(rows)("%s(%s, %s)", (fn, pattern, text, expected) => {
    expect(call(fn, strings(2), [pattern, text])).toBe(expected);
  });
});

describe("countof", () => {
  const rows: [Value[], number][] = [
    [["aaa", "a"], 3],
    [["aaaa", "aa"], 3],
    [["ababa", "ab", "normal"], 2],
    [["ababa", "aba"], 2],
    [["ababa", "aba", "regex"], 1],
    [["abcabc", "a.c", "regex"], 2],
  ];

  test.each(rows)("%j", (args, expected) => {
    expect(call("countof", strings(args.length), args)).toBe(expected);
  });
});
