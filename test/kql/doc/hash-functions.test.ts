// Examples from https://learn.microsoft.com/kusto/query/hash-function,
// https://learn.microsoft.com/kusto/query/hash-xxhash64-function,
// https://learn.microsoft.com/kusto/query/hash-md5-function,
// https://learn.microsoft.com/kusto/query/hash-sha1-function and
// https://learn.microsoft.com/kusto/query/hash-sha256-function.
import { describe } from "vitest";
import { runScalarCases } from "./doc-cases.js";

describe("hash and hash_xxhash64", () => {
  runScalarCases([
    ["hash of text", 'hash("World")', "long", 1846988464401551951n],
    ["hash with mod", 'hash("World", 100)', "long", 51],
    ["hash of datetime", 'hash(datetime("2015-01-01"))', "long", 1380966698541616202n],
    ["xxhash64 of text", 'hash_xxhash64("World")', "long", 1846988464401551951n],
    ["xxhash64 with mod", 'hash_xxhash64("World", 100)', "long", 51],
    ["xxhash64 of datetime", 'hash_xxhash64(datetime("2015-01-01"))', "long", 1380966698541616202n],
  ]);
});

describe("digests", () => {
  runScalarCases([
    ["md5 of text", 'hash_md5("World")', "string", "f5a7924e621e84c9280a9a27e1bcb7f6"],
    ["md5 of datetime", "hash_md5(datetime(2020-01-01))", "string", "786c530672d1f8db31fee25ea8a9390b"],
    ["sha1 of text", 'hash_sha1("World")', "string", "70c07ec18ef89c5309bbb0937f3a6342411e1fdd"],
    ["sha1 of datetime", "hash_sha1(datetime(2020-01-01))", "string", "e903e533f4d636b4fc0dcf3cf81e7b7f330de776"],
    ["sha256 of text", 'hash_sha256("World")', "string", "78ae647dc5544d227130a0682a51e30bc7777fbb6d8a8f17007463a3ecd1d524"],
    [
      "sha256 of datetime",
      "hash_sha256(datetime(2020-01-01))",
      "string",
      "ba666752dc1a20eb750b0eb64e780cc4c968bc9fb8813461c1d7e750f302d71d",
    ],
  ]);
});
