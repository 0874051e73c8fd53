/**
 * IPv4 functions that search text or format addresses: `has_ipv4`,
 * `has_any_ipv4`, `has_ipv4_prefix`, `has_any_ipv4_prefix`, `format_ipv4`
 * and `format_ipv4_mask`. Pages: https://learn.microsoft.com/kusto/query/
 * followed by the function name with `-` for `_` and `-function`.
 *
 * An address found in text must be delimited by characters that are not
 * letters or digits, and it must be a valid address: `127.0.0.256` and the
 * `54127.0.0.1` of `05:04:54127.0.0.1` match nothing.
 */
import type { KustoType, Value } from "../types.js";
import { scalar, stringArg } from "./define.js";
import { formatIpv4Address, maskIpv4, parseIpv4Network, type Ipv4Network } from "./ip-address.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

/** A run of digits and dots that is not glued to a letter or digit. */
const CANDIDATE = /(?<![A-Za-z0-9.])[0-9.]+(?![A-Za-z0-9])/g;

const OCTET = /^\d{1,3}$/;

/**
 * Splits dotted text into its octets, or returns `null` unless every part
 * is a number from 0 to 255. An empty last part is allowed when
 * `trailingDot` is set, for prefixes such as `192.168.`.
 */
function parseOctets(text: string, trailingDot: boolean): number[] | null {
  const parts = text.split(".");
  if (trailingDot && parts.length > 1 && parts[parts.length - 1] === "") {
    parts.pop();
  }
  if (!parts.every((part) => OCTET.test(part))) return null;
  const octets = parts.map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** Lists the octets of every valid, delimited IPv4 address in `text`. */
function findAddresses(text: string): number[][] {
  const addresses: number[][] = [];
  for (const [candidate] of text.matchAll(CANDIDATE)) {
    // A sentence may end right after an address: "from 10.1.1.1."
    const octets = parseOctets(candidate.replace(/\.$/, ""), false);
    if (octets?.length === 4) addresses.push(octets);
  }
  return addresses;
}

/**
 * Parses what `has_ipv4_prefix` looks for: a full address, or one to three
 * octets that end with a dot. Returns `null` for anything else.
 */
function parsePrefix(text: string): number[] | null {
  const octets = parseOctets(text.trim(), true);
  if (!octets) return null;
  if (octets.length === 4) return text.trim().endsWith(".") ? null : octets;
  return text.trim().endsWith(".") ? octets : null;
}

function parseAddress(text: string): number[] | null {
  const octets = parseOctets(text.trim(), false);
  return octets?.length === 4 ? octets : null;
}

function startsWith(
  address: readonly number[],
  prefix: readonly number[],
): boolean {
  return prefix.every((octet, index) => address[index] === octet);
}

/** Returns the arguments after the text, with dynamic arrays flattened. */
function searchedTexts(args: readonly Value[]): string[] {
  return args
    .slice(1)
    .flatMap((arg) => (Array.isArray(arg) ? arg : [arg]))
    .filter((arg): arg is string => typeof arg === "string");
}

/**
 * Builds a `has_*ipv4*` function: `parse` turns a searched value into
 * octets (or `null` when it is not valid), and a found address matches
 * when it starts with those octets.
 */
function hasIpv4(parse: (text: string) => number[] | null) {
  return (site: CallSite): ScalarImpl => {
    const text = stringArg(site, 0);
    return (args) => {
      const searched = searchedTexts(args)
        .map(parse)
        .filter((octets): octets is number[] => octets !== null);
      if (searched.length === 0) return false;
      const found = findAddresses(text(args[0]));
      return found.some((address) =>
        searched.some((octets) => startsWith(address, octets)),
      );
    };
  };
}

/** Reads an address given as dotted text or as a big-endian number. */
function readNetwork(value: Value, type: KustoType): Ipv4Network | null {
  if (value === null) return null;
  if (type === "string" || type === "dynamic") {
    return typeof value === "string" ? parseIpv4Network(value) : null;
  }
  const number = Number(value);
  const isAddress = Number.isInteger(number) && number >= 0;
  if (!isAddress || number > 0xffffffff) return null;
  return { address: number, prefix: 32 };
}

/** Reads a prefix length from 0 to 32; a missing argument means 32. */
function readPrefix(value: Value | undefined): number | null {
  if (value === undefined) return 32;
  const prefix = Number(value ?? NaN);
  const valid = Number.isInteger(prefix) && prefix >= 0 && prefix <= 32;
  return valid ? prefix : null;
}

/**
 * Builds `format_ipv4` (or `format_ipv4_mask` when `withPrefix` is set):
 * the address masked to the shorter of its own prefix and the prefix
 * argument, or empty text when either is invalid.
 */
function formatIpv4(withPrefix: boolean) {
  return (site: CallSite): ScalarImpl => {
    const type = site.argTypes[0] ?? "string";
    return ([value, prefixValue]) => {
      const network = readNetwork(value, type);
      const prefix = readPrefix(prefixValue);
      if (!network || prefix === null) return "";
      const bits = Math.min(network.prefix, prefix);
      const text = formatIpv4Address(maskIpv4(network.address, bits));
      return withPrefix ? `${text}/${bits}` : text;
    };
  };
}

registerScalars(
  scalar("has_ipv4", hasIpv4(parseAddress)),
  scalar("has_any_ipv4", hasIpv4(parseAddress)),
  scalar("has_ipv4_prefix", hasIpv4(parsePrefix)),
  scalar("has_any_ipv4_prefix", hasIpv4(parsePrefix)),
  scalar("format_ipv4", formatIpv4(false)),
  scalar("format_ipv4_mask", formatIpv4(true)),
);
