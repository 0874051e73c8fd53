// Examples from https://learn.microsoft.com/kusto/query/extract-function,
// https://learn.microsoft.com/kusto/query/replace-regex-function,
// https://learn.microsoft.com/kusto/query/countof-function and
// https://learn.microsoft.com/kusto/query/trim-start-function.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

describe("extract", () => {
  runCases([
    {
      name: "user name",
      query: 'let Text = "User: JohnDoe, Email: johndoe@example.com, Age: 29"; print UserName = extract("User: ([^,]+)", 1, Text)',
      rows: [["JohnDoe"]],
    },
  ]);
  runScalarCases([
    ["whole match", 'extract("x=([0-9.]+)", 0, "hello x=45.6|wo")', "string", "x=45.6"],
    ["no match is empty text", 'extract("x=([0-9.]+)", 1, "no match")', "string", ""],
  ]);
});

// The extract page: a fourth argument such as typeof(int) converts the
// capture, and a capture that does not convert gives null.
describe("extract with a type", () => {
  runCases([
    {
      name: "typeof converts the capture",
      query:
        'datatable(DateString:string) ["15-12-2024", "21-07-2023", "10-03-2022"] | extend Month = extract(@"-(\\d{2})-", 1, DateString, typeof(int)) | project DateString, Month',
      columns: ["DateString:string", "Month:int"],
      rows: [["15-12-2024", 12], ["21-07-2023", 7], ["10-03-2022", 3]],
    },
  ]);
  runScalarCases([
    ["typeof long", 'extract(@"id=(\\d+)", 1, "id=42;", typeof(long))', "long", 42],
    ["typeof real", 'extract(@"t=([\\d.]+)", 1, "t=1.5s", typeof(real))', "real", 1.5],
    ["no match is null", 'extract(@"id=(\\d+)", 1, "none", typeof(long))', "long", null],
    ["failed conversion is null", 'extract(@"(\\w+)", 1, "abc", typeof(long))', "long", null],
    ["typeof datetime", 'extract("on (.+)", 1, "on 2026-01-02", typeof(datetime))', "datetime", "2026-01-02T00:00:00Z"],
  ]);
});

describe("replace_regex", () => {
  runCases([
    {
      name: "capture group in rewrite",
      query:
        "range x from 1 to 2 step 1 | extend str = strcat('Number is ', tostring(x)) | extend replaced = replace_regex(str, @'is (\\d+)', @'was: \\1')",
      rows: [
        [1, "Number is 1", "Number was: 1"],
        [2, "Number is 2", "Number was: 2"],
      ],
    },
  ]);
  runScalarCases([
    ["matches do not overlap", 'replace_regex("aaa", "aa", "b")', "string", "ba"],
    ["whole match in rewrite", 'replace_regex("abc", "b", @"[\\0]")', "string", "a[b]c"],
  ]);
});

describe("countof", () => {
  runScalarCases([
    ["single letters", 'countof("aaa", "a")', "long", 3],
    ["plain matches overlap", 'countof("aaaa", "aa")', "long", 3],
    ["normal kind", 'countof("ababa", "ab", "normal")', "long", 2],
    ["overlapping word", 'countof("ababa", "aba")', "long", 2],
    ["regex matches do not overlap", 'countof("ababa", "aba", "regex")', "long", 1],
    ["regex pattern", 'countof("abcabc", "a.c", "regex")', "long", 2],
  ]);
});

describe("trim_start", () => {
  runCases([
    {
      name: "specific substring",
      query:
        'let string_to_trim = @"https://bing.com"; let substring = "https://"; print string_to_trim = string_to_trim, trimmed_string = trim_start(substring, string_to_trim)',
      rows: [["https://bing.com", "bing.com"]],
    },
    {
      name: "non-word characters",
      query:
        'range x from 1 to 2 step 1 | project str = strcat("-  ", "Te st", x, @"// $") | extend trimmed_str = trim_start(@"[^\\w]+", str)',
      rows: [
        ["-  Te st1// $", "Te st1// $"],
        ["-  Te st2// $", "Te st2// $"],
      ],
    },
    {
      name: "whitespace",
      query:
        'let string_to_trim = @"    Hello, world!    "; let substring = @"\\s+"; print string_to_trim = string_to_trim, trimmed_start = trim_start(substring, string_to_trim)',
      rows: [["    Hello, world!    ", "Hello, world!    "]],
    },
  ]);
});
