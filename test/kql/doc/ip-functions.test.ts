// Examples from https://learn.microsoft.com/kusto/query/has-ipv4-function,
// https://learn.microsoft.com/kusto/query/has-any-ipv4-function,
// https://learn.microsoft.com/kusto/query/has-ipv4-prefix-function,
// https://learn.microsoft.com/kusto/query/has-any-ipv4-prefix-function,
// https://learn.microsoft.com/kusto/query/format-ipv4-function and
// https://learn.microsoft.com/kusto/query/format-ipv4-mask-function.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

const LOG = "'05:04:54 127.0.0.1 GET /favicon.ico 404'";
const BAD_ADDRESS = "'05:04:54 127.0.0.256 GET /favicon.ico 404'";
const GLUED = "'05:04:54127.0.0.1 GET /favicon.ico 404'";
const LIST = "'These requests came from: 192.168.1.1, 10.1.1.115 and 10.1.1.201'";

describe("has_ipv4", () => {
  runScalarCases([
    ["delimited address", `has_ipv4(${LOG}, '127.0.0.1')`, "bool", true],
    ["invalid address", `has_ipv4(${BAD_ADDRESS}, '127.0.0.256')`, "bool", false],
    ["improperly delimited", `has_ipv4(${GLUED}, '127.0.0.1')`, "bool", false],
    ["comma delimited", `has_ipv4(${LIST}, '10.1.1.115')`, "bool", true],
    ["absent address", `has_ipv4(${LIST}, '10.1.1.11')`, "bool", false],
  ]);
});

describe("has_any_ipv4", () => {
  runScalarCases([
    ["one of two", `has_any_ipv4(${LOG}, '127.0.0.1', '127.0.0.2')`, "bool", true],
    ["invalid in array", `has_any_ipv4(${BAD_ADDRESS}, dynamic(["127.0.0.256", "192.168.1.1"]))`, "bool", false],
    ["improperly delimited", `has_any_ipv4(${GLUED}, '127.0.0.1', '192.168.1.1')`, "bool", false],
  ]);
});

describe("has_ipv4_prefix", () => {
  runScalarCases([
    ["prefix ending with a dot", `has_ipv4_prefix(${LOG}, '127.0.')`, "bool", true],
    ["prefix without the dot", `has_ipv4_prefix(${LOG}, '127.0')`, "bool", false],
    ["invalid address in text", `has_ipv4_prefix(${BAD_ADDRESS}, '127.0.')`, "bool", false],
    ["improperly delimited", `has_ipv4_prefix(${GLUED}, '127.0.')`, "bool", false],
    ["full address", `has_ipv4_prefix(${LIST}, '192.168.1.1')`, "bool", true],
  ]);
});

describe("has_any_ipv4_prefix", () => {
  runScalarCases([
    ["one of two", `has_any_ipv4_prefix(${LOG}, '127.0.', '192.168.')`, "bool", true],
    ["invalid prefix in array", `has_any_ipv4_prefix(${LOG}, dynamic(["127.0", "192.168."]))`, "bool", false],
    ["invalid address in text", `has_any_ipv4_prefix(${BAD_ADDRESS}, '127.0.', '192.168.')`, "bool", false],
    ["improperly delimited", `has_any_ipv4_prefix(${GLUED}, '127.0.', '192.')`, "bool", false],
  ]);
});

describe("format_ipv4 and format_ipv4_mask", () => {
  runCases([
    {
      name: "page table",
      query:
        "datatable(address:string, mask:long) ['192.168.1.1', 24, '192.168.1.1', 32, '192.168.1.1/24', 32, '192.168.1.1/24', long(-1)] | extend result = format_ipv4(address, mask), result_mask = format_ipv4_mask(address, mask)",
      columns: ["address:string", "mask:long", "result:string", "result_mask:string"],
      rows: [
        ["192.168.1.1", 24, "192.168.1.0", "192.168.1.0/24"],
        ["192.168.1.1", 32, "192.168.1.1", "192.168.1.1/32"],
        ["192.168.1.1/24", 32, "192.168.1.0", "192.168.1.0/24"],
        ["192.168.1.1/24", -1, "", ""],
      ],
    },
  ]);
  runScalarCases([
    ["number in big-endian order", "format_ipv4(3232235777, 32)", "string", "192.168.1.1"],
    ["invalid address", "format_ipv4('192.168.1.256', 32)", "string", ""],
    ["prefix over 32", "format_ipv4_mask('10.1.2.3', 33)", "string", ""],
  ]);
});
