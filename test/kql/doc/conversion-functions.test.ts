// Rules and examples from https://learn.microsoft.com/kusto/query/tostring-function,
// https://learn.microsoft.com/kusto/query/toint-function,
// https://learn.microsoft.com/kusto/query/todouble-function and
// https://learn.microsoft.com/kusto/query/parse-json-function.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

const METRICS =
  '{"duration":{"value":118.0,"count":5.0,"min":100.0,"max":150.0,"stdDev":0.0,"sampledValue":118.0,"sum":118.0}}';

describe("tostring", () => {
  runScalarCases([
    ["long", "tostring(123)", "string", "123"],
    ["null is empty text", "tostring(long(null))", "string", ""],
    ["bool", "tostring(false)", "string", "false"],
    ["dynamic bag", 'tostring(dynamic({"a": [1, 2]}))', "string", '{"a":[1,2]}'],
    ["dynamic text", 'tostring(dynamic("general"))', "string", "general"],
    ["timespan", "tostring(90m)", "string", "01:30:00"],
  ]);
});

describe("toint", () => {
  runScalarCases([
    ["text equals number", 'toint("123") == 123', "bool", true],
    ["truncates decimals", "toint(2.3)", "int", 2],
    ["truncates toward zero", "toint(-2.7)", "int", -2],
    ["invalid text is null", 'toint("abc")', "int", null],
  ]);
});

describe("todouble", () => {
  runScalarCases([
    ["page example", 'todouble("123.4") == 123.4', "bool", true],
    ["exponent", 'toreal("1e3")', "real", 1000],
    ["invalid text is null", 'todouble("abc")', "real", null],
    ["long", "todouble(7)", "real", 7],
  ]);
});

describe("parse_json", () => {
  runCases([
    {
      name: "duration metrics",
      query: `datatable(context_custom_metrics:string) ['${METRICS}'] | extend d = parse_json(context_custom_metrics) | extend duration_value = d.duration.value, duration_min = d.duration.min | project duration_value, duration_min`,
      columns: ["duration_value:dynamic", "duration_min:dynamic"],
      rows: [[118, 100]],
    },
    {
      name: "nested JSON text",
      query: String.raw`let d = '{"a":123, "b":"{\\"c\\":456}"}'; print d_b_c = parse_json(tostring(parse_json(d).b)).c`,
      columns: ["d_b_c:dynamic"],
      rows: [[456]],
    },
    {
      name: "dynamic input passes as is",
      query: String.raw`let d = '{"a":123, "b":"{\\"c\\":456}"}'; print r = parse_json(parse_json(d).b).c`,
      rows: [[null]],
    },
  ]);
  runScalarCases([
    ["invalid JSON keeps the text", 'parse_json("not json")', "dynamic", "not json"],
    ["invalid JSON is a string", 'gettype(parse_json("not json"))', "string", "string"],
    ["dynamic is used as is", 'parse_json(dynamic({"a": 1}))', "dynamic", { a: 1 }],
    ["todynamic alias", "todynamic('[1, 2]')", "dynamic", [1, 2]],
    ["parsejson alias", "parsejson('{\"k\": true}')", "dynamic", { k: true }],
  ]);
});
