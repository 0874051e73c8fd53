// Examples from https://learn.microsoft.com/kusto/query/ipv4-is-private-function,
// https://learn.microsoft.com/kusto/query/ipv4-is-in-range-function,
// https://learn.microsoft.com/kusto/query/ipv4-is-match-function,
// https://learn.microsoft.com/kusto/query/ipv4-compare-function,
// https://learn.microsoft.com/kusto/query/ipv6-is-match-function,
// https://learn.microsoft.com/kusto/query/ipv6-compare-function,
// https://learn.microsoft.com/kusto/query/parse-ipv4-function and
// https://learn.microsoft.com/kusto/query/parse-ipv4-mask-function.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

/** Address pairs that the pages compare as equal. */
const IPV4_PAIRS = [
  ["192.168.1.0", "192.168.1.0"],
  ["192.168.1.1/24", "192.168.1.255"],
  ["192.168.1.1", "192.168.1.255/24"],
  ["192.168.1.1/30", "192.168.1.255/24"],
];
const IPV4_PREFIX_ROWS = [
  ["192.168.1.1", "192.168.1.0", 31],
  ["192.168.1.1/24", "192.168.1.255", 31],
  ["192.168.1.1", "192.168.1.255", 24],
];
const IPV6_PAIRS = [
  ["192.168.1.1", "192.168.1.1"],
  ["192.168.1.1/24", "192.168.1.255"],
  ["192.168.1.1", "192.168.1.255/24"],
  ["192.168.1.1/30", "192.168.1.255/24"],
  ["fe80::85d:e82c:9446:7994", "fe80::85d:e82c:9446:7994"],
  ["fe80::85d:e82c:9446:7994/120", "fe80::85d:e82c:9446:7998"],
  ["fe80::85d:e82c:9446:7994", "fe80::85d:e82c:9446:7998/120"],
  ["fe80::85d:e82c:9446:7994/120", "fe80::85d:e82c:9446:7998/120"],
  ["192.168.1.1", "::ffff:c0a8:0101"],
  ["192.168.1.1/24", "::ffff:c0a8:01ff"],
  ["::ffff:c0a8:0101", "192.168.1.255/24"],
  ["::192.168.1.1/30", "192.168.1.255/24"],
];
const IPV6_PREFIX_ROWS = [
  ["192.168.1.1", "192.168.1.0", 31],
  ["192.168.1.1/24", "192.168.1.255", 31],
  ["192.168.1.1", "192.168.1.255", 24],
  ["fe80::85d:e82c:9446:7994", "fe80::85d:e82c:9446:7995", 127],
  ["fe80::85d:e82c:9446:7994/127", "fe80::85d:e82c:9446:7998", 120],
  ["fe80::85d:e82c:9446:7994/120", "fe80::85d:e82c:9446:7998", 127],
  ["192.168.1.1/24", "::ffff:c0a8:01ff", 127],
  ["::ffff:c0a8:0101", "192.168.1.255", 120],
  ["::192.168.1.1/30", "192.168.1.255/24", 127],
];

/** Builds a datatable of the rows and applies `fn` to their columns. */
function pairQuery(
  fn: string,
  rows: readonly (readonly (string | number)[])[],
): string {
  const withPrefix = rows[0].length === 3;
  const schema = withPrefix
    ? "ip1_string:string, ip2_string:string, prefix:long"
    : "ip1_string:string, ip2_string:string";
  const cells = rows.flat().map((cell) => (typeof cell === "number" ? String(cell) : `'${cell}'`));
  const args = withPrefix ? "ip1_string, ip2_string, prefix" : "ip1_string, ip2_string";
  return `datatable(${schema}) [${cells.join(", ")}] | extend result = ${fn}(${args}) | project result`;
}

const repeatRow = (count: number, value: unknown) =>
  Array.from({ length: count }, () => [value]);

describe("ipv4_is_private", () => {
  runCases([
    {
      name: "page table",
      query: "datatable(ip_string:string) ['10.1.2.3', '192.168.1.1/24', '127.0.0.1'] | extend result = ipv4_is_private(ip_string)",
      rows: [["10.1.2.3", true], ["192.168.1.1/24", true], ["127.0.0.1", false]],
    },
  ]);
  runScalarCases([
    ["public address", "ipv4_is_private('202.1.2.3')", "bool", false],
    ["172.16.0.0/12 range", "ipv4_is_private('172.31.255.255')", "bool", true],
    ["invalid text is null", "ipv4_is_private('not an ip')", "bool", null],
  ]);
});

describe("ipv4_is_in_range", () => {
  runCases([
    {
      name: "page table",
      query:
        "datatable(ip_address:string, ip_range:string) ['192.168.1.1', '192.168.1.1', '192.168.1.1', '192.168.1.255/24'] | extend result = ipv4_is_in_range(ip_address, ip_range)",
      rows: [["192.168.1.1", "192.168.1.1", true], ["192.168.1.1", "192.168.1.255/24", true]],
    },
  ]);
});

describe("ipv4_is_match and ipv4_compare", () => {
  runCases([
    { name: "match with masks", query: pairQuery("ipv4_is_match", IPV4_PAIRS), rows: repeatRow(4, true) },
    { name: "match with prefix", query: pairQuery("ipv4_is_match", IPV4_PREFIX_ROWS), rows: repeatRow(3, true) },
    { name: "compare with masks", query: pairQuery("ipv4_compare", IPV4_PAIRS), rows: repeatRow(4, 0) },
    { name: "compare with prefix", query: pairQuery("ipv4_compare", IPV4_PREFIX_ROWS), rows: repeatRow(3, 0) },
  ]);
  runScalarCases([
    ["match simple example", "ipv4_is_match('192.168.1.1/24', '192.168.1.255')", "bool", true],
    ["compare less", "ipv4_compare('192.168.1.1', '192.168.1.255')", "long", -1],
    ["compare greater", "ipv4_compare('192.168.1.255', '192.168.1.1')", "long", 1],
    ["invalid address is null", "ipv4_compare('192.168.1.256', '192.168.1.1')", "long", null],
  ]);
});

describe("ipv6_is_match and ipv6_compare", () => {
  runCases([
    { name: "match with masks", query: pairQuery("ipv6_is_match", IPV6_PAIRS), rows: repeatRow(12, true) },
    { name: "match with prefix", query: pairQuery("ipv6_is_match", IPV6_PREFIX_ROWS), rows: repeatRow(9, true) },
    { name: "compare with masks", query: pairQuery("ipv6_compare", IPV6_PAIRS), rows: repeatRow(12, 0) },
    { name: "compare with prefix", query: pairQuery("ipv6_compare", IPV6_PREFIX_ROWS), rows: repeatRow(9, 0) },
  ]);
});

describe("parse_ipv4 and parse_ipv4_mask", () => {
  runCases([
    {
      name: "page table",
      query: "datatable(ip_string:string) ['192.168.1.1', '192.168.1.1/24', '255.255.255.255/31'] | extend ip_long = parse_ipv4(ip_string)",
      columns: ["ip_string:string", "ip_long:long"],
      rows: [["192.168.1.1", 3232235777], ["192.168.1.1/24", 3232235776], ["255.255.255.255/31", 4294967294]],
    },
  ]);
  runScalarCases([
    ["mask keeps 24 bits", 'parse_ipv4_mask("127.0.0.1", 24)', "long", 2130706432],
    ["invalid text is null", "parse_ipv4('256.1.1.1')", "long", null],
  ]);
});
