/**
 * IP address functions. Pages: https://learn.microsoft.com/kusto/query/
 * followed by `parse-ipv4-function`, `parse-ipv4-mask-function`,
 * `ipv4-is-private-function`, `ipv4-is-in-range-function`,
 * `ipv4-is-in-any-range-function`, `ipv4-is-match-function`,
 * `ipv4-compare-function`, `parse-ipv6-function`, `ipv6-compare-function`,
 * `ipv6-is-match-function`, `ipv6-is-in-range-function`,
 * `ipv6-is-in-any-range-function`. Text that is not an address gives null.
 */
import type { Value } from "../types.js";
import { plain, scalar, stringArg } from "./define.js";
import {
  formatIpv6,
  maskIpv4,
  maskIpv6,
  parseIpv4Network,
  parseIpv6Network,
} from "./ip-address.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map(
  (range) => parseIpv4Network(range)!,
);

function textArgs(site: CallSite): ((value: Value) => string)[] {
  return site.argTypes.map((_, index) => stringArg(site, index));
}

function parseIpv4([text]: readonly Value[]): Value {
  const network = parseIpv4Network(String(text ?? ""));
  return network ? maskIpv4(network.address, network.prefix) : null;
}

function parseIpv4Mask([text, prefix]: readonly Value[]): Value {
  const network = parseIpv4Network(String(text ?? ""));
  if (!network || prefix === null || Number(prefix) < 0 || Number(prefix) > 32) return null;
  return maskIpv4(network.address, Math.min(network.prefix, Number(prefix)));
}

function isPrivate([text]: readonly Value[]): Value {
  const network = parseIpv4Network(String(text ?? ""));
  if (!network) return null;
  return PRIVATE_RANGES.some(
    (range) =>
      network.prefix >= range.prefix &&
      maskIpv4(network.address, range.prefix) === range.address,
  );
}

/**
 * Compares two IPv4 addresses on the shortest of their prefixes and the
 * optional prefix argument, giving -1, 0 or 1.
 */
function compareIpv4(first: string, second: string, prefix?: Value): number | null {
  const a = parseIpv4Network(first);
  const b = parseIpv4Network(second);
  if (!a || !b || prefix === null) return null;
  const bits = Math.min(a.prefix, b.prefix, prefix === undefined ? 32 : Number(prefix));
  const x = maskIpv4(a.address, bits);
  const y = maskIpv4(b.address, bits);
  return Math.sign(x - y);
}

function compareIpv6(first: string, second: string, prefix?: Value): number | null {
  const a = parseIpv6Network(first);
  const b = parseIpv6Network(second);
  if (!a || !b || prefix === null) return null;
  const bits = Math.min(a.prefix, b.prefix, prefix === undefined ? 128 : Number(prefix));
  const x = maskIpv6(a.address, bits);
  const y = maskIpv6(b.address, bits);
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

type Comparer = (first: string, second: string, prefix?: Value) => number | null;

function comparison(compare: Comparer, test: (order: number) => boolean | number) {
  return (site: CallSite): ScalarImpl => {
    const [first, second] = textArgs(site);
    return ([a, b, prefix]) => {
      const order = compare(first(a), second(b), prefix);
      return order === null ? null : test(order);
    };
  };
}

/** `ipvN_is_in_range(ip, range)`: the address lies in the range's network. */
function inRange(compare: Comparer) {
  return (site: CallSite): ScalarImpl => {
    const [address, range] = textArgs(site);
    return ([a, b]) => {
      const order = compare(address(a), range(b));
      return order === null ? null : order === 0;
    };
  };
}

/** `ipvN_is_in_any_range(ip, range, ...)`: ranges may also come as a dynamic array. */
function inAnyRange(compare: Comparer) {
  return (site: CallSite): ScalarImpl => {
    const address = stringArg(site, 0);
    return (args) => {
      const ip = address(args[0]);
      const ranges = args.slice(1).flatMap((arg) => (Array.isArray(arg) ? arg : [arg]));
      let valid = false;
      for (const range of ranges) {
        const order = compare(ip, String(range ?? ""));
        if (order === 0) return true;
        if (order !== null) valid = true;
      }
      return valid ? false : null;
    };
  };
}

function parseIpv6([text]: readonly Value[]): Value {
  const network = parseIpv6Network(String(text ?? ""));
  return network ? formatIpv6(maskIpv6(network.address, network.prefix)) : null;
}

registerScalars(
  plain("parse_ipv4", parseIpv4),
  plain("parse_ipv4_mask", parseIpv4Mask),
  plain("ipv4_is_private", isPrivate),
  scalar("ipv4_compare", comparison(compareIpv4, (order) => order)),
  scalar("ipv4_is_match", comparison(compareIpv4, (order) => order === 0)),
  scalar("ipv4_is_in_range", inRange(compareIpv4)),
  scalar("ipv4_is_in_any_range", inAnyRange(compareIpv4)),
  plain("parse_ipv6", parseIpv6),
  scalar("ipv6_compare", comparison(compareIpv6, (order) => order)),
  scalar("ipv6_is_match", comparison(compareIpv6, (order) => order === 0)),
  scalar("ipv6_is_in_range", inRange(compareIpv6)),
  scalar("ipv6_is_in_any_range", inAnyRange(compareIpv6)),
);
