// Examples from https://learn.microsoft.com/kusto/query/round-function,
// https://learn.microsoft.com/kusto/query/abs-function and
// https://learn.microsoft.com/kusto/query/max-of-function.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

describe("round", () => {
  runScalarCases([
    ["three digits", "round(2.98765, 3)", "real", 2.988],
    ["one digit", "round(2.15, 1)", "real", 2.2],
    ["no digits by default", "round(2.15)", "real", 2],
    ["negative precision", "round(-50.55, -2)", "real", -100],
    ["tens", "round(21.5, -1)", "real", 20],
    ["bin rounds down instead", "bin(2.15, 1)", "real", 2],
  ]);
});

describe("abs", () => {
  runScalarCases([
    ["long", "abs(-5)", "long", 5],
    ["real", "abs(-2.5)", "real", 2.5],
    ["timespan", "abs(-1h)", "timespan", "01:00:00"],
  ]);
});

describe("max_of", () => {
  runScalarCases([["largest number", "max_of(10, 1, -3, 17)", "long", 17]]);
  runCases([
    {
      name: "non-null wins over null",
      query: "datatable(A:int, B:int) [1, 6, 8, 1, int(null), 2, 1, int(null), int(null), int(null)] | project max_of(A, B)",
      rows: [[6], [8], [2], [1], [null]],
    },
  ]);
});
