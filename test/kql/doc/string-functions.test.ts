// Examples from https://learn.microsoft.com/kusto/query/split-function,
// https://learn.microsoft.com/kusto/query/strcat-function,
// https://learn.microsoft.com/kusto/query/strcat-array-function,
// https://learn.microsoft.com/kusto/query/substring-function,
// https://learn.microsoft.com/kusto/query/strlen-function,
// https://learn.microsoft.com/kusto/query/tolower-function,
// https://learn.microsoft.com/kusto/query/toupper-function,
// https://learn.microsoft.com/kusto/query/indexof-function and
// https://learn.microsoft.com/kusto/query/replace-string-function,
// run through `print` so that Kusto.Language infers the types.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

describe("split", () => {
  runCases([
    {
      name: "page examples",
      query: 'print split("aa_bb", "_"), split("aaa_bbb_ccc", "_", 1), split("", "_"), split("a__b", "_"), split("aabbcc", "bb")',
      columns: ["print_0:dynamic", "print_1:dynamic", "print_2:dynamic", "print_3:dynamic", "print_4:dynamic"],
      rows: [[["aa", "bb"], ["bbb"], [""], ["a", "", "b"], ["aa", "cc"]]],
    },
  ]);
  runScalarCases([
    ["index past the end", 'split("a_b", "_", 5)', "dynamic", []],
    ["element of the result", 'tostring(split("user1@example.com", "@")[1])', "string", "example.com"],
  ]);
});

describe("strcat and strcat_array", () => {
  runScalarCases([
    ["joins text", 'strcat("hello", " ", "world")', "string", "hello world"],
    ["keeps newlines", 'strcat("Line 1\\n", "Line 2\\n", "Line 3")', "string", "Line 1\nLine 2\nLine 3"],
    ["converts other types", 'strcat("n=", 5, " ok=", true)', "string", "n=5 ok=true"],
    ["array with delimiter", 'strcat_array(dynamic([1, 2, 3]), "->")', "string", "1->2->3"],
    ["quote as delimiter", "strcat_array(dynamic([1, 2, 3]), '\"')", "string", '1"2"3'],
  ]);
});

describe("substring", () => {
  runScalarCases([
    ["to the end", 'substring("123456", 1)', "string", "23456"],
    ["with length", 'substring("123456", 2, 2)', "string", "34"],
    ["from zero", 'substring("ABCD", 0, 2)', "string", "AB"],
    ["negative start", 'substring("123456", -2, 2)', "string", "56"],
  ]);
});

describe("strlen", () => {
  runScalarCases([
    ["letters", 'strlen("hello")', "long", 5],
    ["symbols", 'strlen("⒦⒰⒮⒯⒪")', "long", 5],
    ["combining mark counts", 'strlen("C\u0327edilla")', "long", 8],
    ["empty text", 'strlen("")', "long", 0],
  ]);
});

describe("tolower and toupper", () => {
  runScalarCases([
    ["tolower", 'tolower("Hello") == "hello"', "bool", true],
    ["toupper", 'toupper("hello") == "HELLO"', "bool", true],
    ["tolower keeps digits", 'tolower("ABC-123")', "string", "abc-123"],
  ]);
});

describe("indexof", () => {
  runScalarCases([
    ["found", 'indexof("abcdefg", "cde")', "long", 2],
    ["start and length", 'indexof("abcdefg", "cde", 1, 4)', "long", 2],
    ["too short", 'indexof("abcdefg", "cde", 1, 2)', "long", -1],
    ["start after", 'indexof("abcdefg", "cde", 3, 4)', "long", -1],
    ["negative start", 'indexof("abcdefg", "cde", -5)', "long", 2],
    ["unlimited length", 'indexof("abcdefg", "cde", 2, -1)', "long", 2],
    ["second occurrence", 'indexof("abcdefgabcdefg", "cde", 1, 10, 2)', "long", 9],
    ["third occurrence missing", 'indexof("abcdefgabcdefg", "cde", 1, -1, 3)', "long", -1],
    ["invalid length", 'indexof("abcdefg", "cde", 1, -2)', "long", null],
    ["converts numbers", "indexof(1234567, 5, 1, 4)", "long", 4],
  ]);
});

describe("replace_string", () => {
  runScalarCases([
    ["replaces every match", 'replace_string("Number is 1, is it", "is", "was")', "string", "Number was 1, was it"],
    ["matches do not overlap", 'replace_string("aaa", "aa", "b")', "string", "ba"],
    ["no match", 'replace_string("abc", "x", "y")', "string", "abc"],
  ]);
});
