// Literal forms from https://learn.microsoft.com/kusto/query/scalar-data-types/
// (the pages of bool, datetime, decimal, dynamic, guid, int, long, real,
// string and timespan).
import { describe } from "vitest";
import { runCases } from "./engine-cases.js";

describe("literals", () => {
  runCases([
    {
      name: "string forms",
      query: "print a = 'it\\'s', b = \"tab\\tend\", c = @'C:\\dir', d = 'con' 'cat', e = h'hidden'",
      rows: [["it's", "tab\tend", "C:\\dir", "concat", "hidden"]],
    },
    {
      name: "null of each type",
      query: "print b = bool(null), i = int(null), l = long(null), r = real(null), d = datetime(null), t = timespan(null), g = guid(null), y = dynamic(null)",
      rows: [[null, null, null, null, null, null, null, null]],
    },
    {
      name: "negative numbers",
      query: "print a = -5, b = -1.5, c = -9223372036854775807",
      rows: [[-5, -1.5, -9223372036854775807n]],
    },
    {
      name: "dynamic with typed values",
      query: "print d = dynamic({'when': datetime(2026-01-02), 'span': 1h, 'big': 1234567890123456789, 'huge': 12345678901234567890, 'list': [1, 'a', true, null]})",
      rows: [[{ when: "2026-01-02T00:00:00Z", span: "01:00:00", big: 1234567890123456789n, huge: 12345678901234567890, list: [1, "a", true, null] }]],
    },
    {
      name: "datetime forms",
      query: "print a = datetime(2026-04-20), b = datetime('2026-04-20T08:10:00.1234567Z'), c = datetime(2026-04-20 08:10)",
      rows: [["2026-04-20T00:00:00Z", "2026-04-20T08:10:00.1234567Z", "2026-04-20T08:10:00Z"]],
    },
    {
      name: "timespan forms",
      query: "print a = 2d, b = 30m, c = 10s, d = timespan(15 seconds), e = time(1.02:03:04)",
      rows: [["2.00:00:00", "00:30:00", "00:00:10", "00:00:15", "1.02:03:04"]],
    },
    {
      name: "booleans and int",
      query: "print a = true, b = false, c = bool(true), d = int(-7)",
      columns: ["a:bool", "b:bool", "c:bool", "d:int"],
      rows: [[true, false, true, -7]],
    },
    {
      name: "long out of range",
      query: "print a = 9223372036854775808",
      error: { kind: "semantic", message: "invalid long literal 9223372036854775808", line: 1, column: 11 },
    },
  ]);
});
