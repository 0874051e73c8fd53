// Pages:
// https://learn.microsoft.com/kusto/query/parse-ipv4-function
// https://learn.microsoft.com/kusto/query/parse-ipv4-mask-function
// https://learn.microsoft.com/kusto/query/ipv4-is-private-function
// https://learn.microsoft.com/kusto/query/ipv4-is-in-range-function
// https://learn.microsoft.com/kusto/query/ipv4-is-in-any-range-function
// https://learn.microsoft.com/kusto/query/ipv4-is-match-function
// https://learn.microsoft.com/kusto/query/ipv4-compare-function
// https://learn.microsoft.com/kusto/query/parse-ipv6-function
// https://learn.microsoft.com/kusto/query/ipv6-compare-function
// https://learn.microsoft.com/kusto/query/ipv6-is-match-function
import { describe, expect, test } from "vitest";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call } from "./call.js";

const types = (args: readonly Value[]): KustoType[] =>
  args.map((arg) => (typeof arg === "number" ? "long" : Array.isArray(arg) ? "dynamic" : "string"));

describe("IPv4", () => {
  const rows: [string, Value[], Value][] = [
    ["parse_ipv4", ["127.0.0.1"], 2130706433],
    ["parse_ipv4", ["192.1.168.1"], 3221334017],
    ["parse_ipv4", ["192.1.168.1/24"], 3221334016],
    ["parse_ipv4", ["256.1.1.1"], null],
    ["parse_ipv4", ["not an ip"], null],
    ["parse_ipv4_mask", ["10.1.2.3", 24], 167838208],
    ["ipv4_is_private", ["192.168.1.1/24"], true],
    ["ipv4_is_private", ["10.1.2.3/24"], true],
    ["ipv4_is_private", ["172.16.1.1"], true],
    ["ipv4_is_private", ["172.32.1.1"], false],
    ["ipv4_is_private", ["202.1.2.3"], false],
    ["ipv4_is_private", ["127.0.0.1"], false],
    ["ipv4_is_private", ["10.0.0.0/7"], false],
    ["ipv4_is_private", ["x"], null],
    ["ipv4_is_in_range", ["192.168.1.6", "192.168.1.1/24"], true],
    ["ipv4_is_in_range", ["192.168.1.1", "192.168.2.1/24"], false],
    ["ipv4_is_in_range", ["bad", "192.168.2.1/24"], null],
    ["ipv4_is_in_any_range", ["192.168.1.6", "10.0.0.0/8", "192.168.1.0/24"], true],
    ["ipv4_is_in_any_range", ["192.168.1.6", ["10.0.0.0/8", "172.16.0.0/12"]], false],
    ["ipv4_is_match", ["192.168.1.1", "192.168.1.255", 24], true],
    ["ipv4_is_match", ["192.168.1.1/24", "192.168.1.255/24"], true],
    ["ipv4_is_match", ["192.168.1.1", "192.168.1.255"], false],
    ["ipv4_compare", ["127.0.0.1", "127.0.0.1"], 0],
    ["ipv4_compare", ["192.168.1.1", "192.168.1.255"], -1],
    ["ipv4_compare", ["192.168.1.255", "192.168.1.1"], 1],
    ["ipv4_compare", ["192.168.1.1/24", "192.168.1.255/24"], 0],
    ["ipv4_compare", ["192.168.1.1", "192.168.1.255", 24], 0],
  ];

  test.each(rows)("%s%j", (fn, args, expected) => {
    expect(call(fn, types(args), args)).toBe(expected);
  });
});

describe("IPv6", () => {
  const rows: [string, Value[], Value][] = [
    ["parse_ipv6", ["127.0.0.1"], "0000:0000:0000:0000:0000:ffff:7f00:0001"],
    ["parse_ipv6", ["fe80::85d:e82c:9446:7994"], "fe80:0000:0000:0000:085d:e82c:9446:7994"],
    ["parse_ipv6", ["fe80::85d:e82c:9446:7994/120"], "fe80:0000:0000:0000:085d:e82c:9446:7900"],
    ["parse_ipv6", ["::ffff:10.0.0.1"], "0000:0000:0000:0000:0000:ffff:0a00:0001"],
    ["parse_ipv6", ["1::2::3"], null],
    ["ipv6_compare", ["::ffff:7f00:1", "127.0.0.1"], 0],
    ["ipv6_compare", ["fe80::85d:e82c:9446:7994", "fe80::85d:e82c:9446:7995"], -1],
    ["ipv6_compare", ["fe80::85d:e82c:9446:7994/127", "fe80::85d:e82c:9446:7995/127"], 0],
    ["ipv6_compare", ["fe80::85d:e82c:9446:7994", "fe80::85d:e82c:9446:7995", 127], 0],
    ["ipv6_is_match", ["::ffff:7f00:1", "127.0.0.1"], true],
    ["ipv6_is_in_range", ["fe80::85d:e82c:9446:7994", "fe80::/10"], true],
    ["ipv6_is_in_any_range", ["2001:db8::1", "fe80::/10", "2001:db8::/32"], true],
  ];

  test.each(rows)("%s%j", (fn, args, expected) => {
    expect(call(fn, types(args), args)).toBe(expected);
  });
});
