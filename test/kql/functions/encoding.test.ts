// Pages:
// https://learn.microsoft.com/kusto/query/url-encode-function
// https://learn.microsoft.com/kusto/query/url-encode-component-function
// https://learn.microsoft.com/kusto/query/url-decode-function
// https://learn.microsoft.com/kusto/query/base64-encode-tostring-function
// https://learn.microsoft.com/kusto/query/base64-decode-tostring-function
// https://learn.microsoft.com/kusto/query/hash-sha256-function
// https://learn.microsoft.com/kusto/query/hash-md5-function
// https://learn.microsoft.com/kusto/query/hash-function
import { describe, expect, test } from "vitest";
import { call } from "./call.js";

describe("encodings", () => {
  const rows: [string, string, string | null][] = [
    ["url_encode", "https://www.bing.com/hello world", "https%3a%2f%2fwww.bing.com%2fhello+world"],
    ["url_encode_component", "https://www.bing.com/hello world", "https%3a%2f%2fwww.bing.com%2fhello%20world"],
    ["url_decode", "https%3a%2f%2fwww.bing.com%2f", "https://www.bing.com/"],
    ["url_decode", "a+b%20c", "a b c"],
    ["url_decode", "%E0%A4%A", null],
    ["base64_encode_tostring", "Kusto", "S3VzdG8="],
    ["base64_decode_tostring", "S3VzdG8=", "Kusto"],
    ["base64_decode_tostring", "U3RyaW5nINCh0YLRgNC+0YfQutCw", "String Строчка"],
    ["base64_decode_tostring", "not base64!", null],
    ["base64_decode_tostring", "gA==", null],
  ];

  test.each(rows)("%s(%s)", (fn, input, expected) => {
    expect(call(fn, ["string"], [input])).toBe(expected);
  });
});

describe("hashes", () => {
  test("sha256 of World", () => {
    expect(call("hash_sha256", ["string"], ["World"])).toBe(
      "78ae647dc5544d227130a0682a51e30bc7777fbb6d8a8f17007463a3ecd1d524",
    );
  });

  test("md5 of World", () => {
    expect(call("hash_md5", ["string"], ["World"])).toBe("f5a7924e621e84c9280a9a27e1bcb7f6");
  });

  test("xxhash64 of World", () => {
    expect(call("hash", ["string"], ["World"])).toBe(1846988464401551951n);
  });

  test("hash modulo", () => {
    expect(call("hash", ["string", "long"], ["World", 100])).toBe(51);
  });

  test("hash of empty text", () => {
    expect(call("hash", ["string"], [""])).toBe(BigInt.asIntN(64, 0xef46db3751d8e999n));
  });
});
