// Pages:
// https://learn.microsoft.com/kusto/query/parse-url-function
// https://learn.microsoft.com/kusto/query/parse-urlquery-function
// https://learn.microsoft.com/kusto/query/parse-path-function
// https://learn.microsoft.com/kusto/query/parse-csv-function
import { describe, expect, test } from "vitest";
import type { Value } from "../../../src/kql/types.js";
import { call } from "./call.js";

describe("parse_url", () => {
  test("splits every part", () => {
    const url = "scheme://username:password@host:1234/this/is/a/path?k1=v1&k2=v2#fragment";
    expect(call("parse_url", ["string"], [url])).toEqual({
      Scheme: "scheme",
      Host: "host",
      Port: "1234",
      Path: "/this/is/a/path",
      Username: "username",
      Password: "password",
      "Query Parameters": { k1: "v1", k2: "v2" },
      Fragment: "fragment",
    });
  });

  test("missing parts are empty", () => {
    expect(call("parse_url", ["string"], ["https://bing.com"])).toEqual({
      Scheme: "https",
      Host: "bing.com",
      Port: "",
      Path: "",
      Username: "",
      Password: "",
      "Query Parameters": {},
      Fragment: "",
    });
  });

  test("relative text gives empty bag", () => {
    expect(call("parse_url", ["string"], ["bing.com"])).toEqual({});
  });

  test("parse_urlquery decodes", () => {
    expect(call("parse_urlquery", ["string"], ["k1=v1&k2=v2&k3=v%203"])).toEqual({
      "Query Parameters": { k1: "v1", k2: "v2", k3: "v 3" },
    });
  });
});

describe("parse_path", () => {
  const rows: [string, Record<string, Value>][] = [
    [
      "C:\\temp\\file.txt",
      { Scheme: "", RootPath: "C:", DirectoryPath: "C:\\temp", DirectoryName: "temp", Filename: "file.txt", Extension: "txt", AlternateDataStreamName: "" },
    ],
    [
      "temp\\file.txt",
      { Scheme: "", RootPath: "", DirectoryPath: "temp", DirectoryName: "temp", Filename: "file.txt", Extension: "txt", AlternateDataStreamName: "" },
    ],
    [
      "file://C:/temp/file.txt:some.exe",
      { Scheme: "file", RootPath: "C:", DirectoryPath: "C:/temp", DirectoryName: "temp", Filename: "file.txt", Extension: "txt", AlternateDataStreamName: "some.exe" },
    ],
    [
      "\\\\shared\\users\\temp\\file.txt.gz",
      { Scheme: "", RootPath: "", DirectoryPath: "\\\\shared\\users\\temp", DirectoryName: "temp", Filename: "file.txt.gz", Extension: "gz", AlternateDataStreamName: "" },
    ],
    [
      "/usr/lib/temp/file.txt",
      { Scheme: "", RootPath: "", DirectoryPath: "/usr/lib/temp", DirectoryName: "temp", Filename: "file.txt", Extension: "txt", AlternateDataStreamName: "" },
    ],
  ];

  test.each(rows)("%s", (path, expected) => {
    expect(call("parse_path", ["string"], [path])).toEqual(expected);
  });
});

describe("parse_csv", () => {
  const rows: [string, string[]][] = [
    ["aaa,bbb,ccc", ["aaa", "bbb", "ccc"]],
    ['aa"a,bb""b,"c,c"', ['aa"a', 'bb""b', "c,c"]],
    ['aaa,"b""bb",ccc', ["aaa", 'b"bb', "ccc"]],
    ["record1,a\nrecord2,b", ["record1", "a"]],
    ["", [""]],
  ];

  test.each(rows)("%j", (text, expected) => {
    expect(call("parse_csv", ["string"], [text])).toEqual(expected);
  });
});
