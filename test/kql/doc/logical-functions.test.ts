// Rules and examples from https://learn.microsoft.com/kusto/query/iff-function,
// https://learn.microsoft.com/kusto/query/case-function,
// https://learn.microsoft.com/kusto/query/coalesce-function,
// https://learn.microsoft.com/kusto/query/isempty-function,
// https://learn.microsoft.com/kusto/query/isnotempty-function and
// https://learn.microsoft.com/kusto/query/not-function.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

describe("iff", () => {
  runScalarCases([
    ["then on true", "iff(1 < 2, 'then', 'else')", "string", "then"],
    ["else on false", "iff(1 > 2, 'then', 'else')", "string", "else"],
    ["else on null", "iff(bool(null), 1, 2)", "long", 2],
    ["iif is iff", "iif(true, 1.5, 2.5)", "real", 1.5],
    ["nested iff", "iff(5 > 10, 'High', iff(5 < 3, 'Low', 'Moderate'))", "string", "Moderate"],
  ]);
});

describe("case", () => {
  runCases([
    {
      name: "page buckets",
      query: 'range Size from 1 to 15 step 2 | extend bucket = case(Size <= 3, "Small", Size <= 10, "Medium", "Large")',
      columns: ["Size:long", "bucket:string"],
      rows: [
        [1, "Small"],
        [3, "Small"],
        [5, "Medium"],
        [7, "Medium"],
        [9, "Medium"],
        [11, "Large"],
        [13, "Large"],
        [15, "Large"],
      ],
    },
  ]);
  runScalarCases([
    ["first true wins", "case(true, 1, true, 2, 3)", "long", 1],
    ["null predicate falls through", "case(bool(null), 1, 3)", "long", 3],
  ]);
});

describe("coalesce", () => {
  runScalarCases([
    ["page example", 'coalesce(tolong("not a number"), tolong("42"), 33)', "long", 42],
    ["skips empty text", 'coalesce("", "x")', "string", "x"],
    ["all null", "coalesce(long(null), long(null))", "long", null],
    ["reals", "coalesce(real(null), 1.5)", "real", 1.5],
    ["datetimes", "coalesce(datetime(null), datetime(2026-01-01))", "datetime", "2026-01-01T00:00:00Z"],
  ]);
});

describe("isempty and isnotempty", () => {
  runScalarCases([
    ["empty text is empty", 'isempty("")', "bool", true],
    ["text is not empty", 'isempty("x")', "bool", false],
    ["parsed empty text is empty", 'isempty(parsejson(""))', "bool", true],
    ["empty array is not empty", 'isempty(parsejson("[]"))', "bool", false],
    ["empty bag is not empty", 'isempty(parsejson("{}"))', "bool", false],
    ["null long is empty", "isempty(long(null))", "bool", true],
    ["isnotempty of empty text", 'isnotempty("")', "bool", false],
    ["isnotempty of null", "isnotempty(long(null))", "bool", false],
    ["isnotempty of a space", 'isnotempty(" ")', "bool", true],
    ["notempty is isnotempty", 'notempty("a")', "bool", true],
  ]);
});

describe("not", () => {
  runScalarCases([
    ["true", "not(true)", "bool", false],
    ["false", "not(false)", "bool", true],
    ["comparison", 'not("Hail" == "Tornado")', "bool", true],
    ["or inside", 'not("Hail" == "Hail" or "x" == "y")', "bool", false],
    ["and inside", 'not("Hail" == "Hail" and "x" == "y")', "bool", true],
  ]);
});
