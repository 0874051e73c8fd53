import { InputError } from "../errors.js";
import type { GeoIpLocator, GeoLocation } from "../kql/api.js";
import { createGeoIpLocator } from "../kql/geo-ip.js";
import { formatIpv4Address, maskIpv6, parseIpv6Network } from "../kql/functions/ip-address.js";
import { errorAt, placeOfKey, type YamlPath, type YamlSource } from "./yaml-source.js";

/** The repository file that maps IP addresses to locations for every case. */
export const GEO_IP_FILE = "geo_ip.yaml";

/** The most unmapped addresses one warning lists. */
const LISTED_ADDRESSES = 5;

/**
 * Reads a `geo_ip:` map, whose values the case schema has checked: each
 * key is an IPv4 or IPv6 address or CIDR range, each value a location with
 * `country`, `state`, `city`, `latitude` and `longitude`, all optional.
 * Keys are returned in canonical form (see `canonicalNetwork`), so that a
 * case's entry replaces the repository's entry for the same network however
 * either is written. Raises an error at a key that is not an address or a
 * range, and at the second of two keys that name the same network.
 */
export function readGeoIp(
  spec: unknown,
  path: YamlPath,
  source: YamlSource,
): Record<string, GeoLocation> | undefined {
  if (typeof spec !== "object" || spec === null) return undefined;

  const entries: Record<string, GeoLocation> = {};
  const written = new Map<string, string>();
  for (const [key, location] of Object.entries(spec as Record<string, GeoLocation>)) {
    const canonical = canonicalNetwork(key);
    if (canonical === undefined) {
      throw errorAt(source, [...path, key], `'${key}' is not an IP address or a CIDR range`, {
        hint: "key each location by an IPv4 or IPv6 address, or a range such as 198.51.100.0/24 or 2001:db8::/32",
        atKey: true,
      });
    }
    const earlier = written.get(canonical);
    if (earlier !== undefined) throw duplicateNetwork(source, [...path, key], earlier, canonical);
    written.set(canonical, key);
    entries[canonical] = location;
  }
  return entries;
}

function duplicateNetwork(source: YamlSource, path: YamlPath, earlier: string, canonical: string): InputError {
  const key = String(path[path.length - 1]);
  const earlierLine = placeOfKey(source, [...path.slice(0, -1), earlier]).line;
  return errorAt(source, path, `'${key}' and '${earlier}' (line ${earlierLine}) name the same network ${canonical}`, {
    hint: "keep one of the two entries",
    atKey: true,
  });
}

/**
 * Returns the canonical text of an address or CIDR range: the address
 * masked to the prefix, IPv6 in the RFC 5952 form (lower case, the longest
 * run of zero groups shortened to `::`), and no prefix for a single
 * address. An IPv4-mapped IPv6 address or range is written as IPv4, since
 * the locator matches the two alike. Returns `undefined` for other text.
 */
export function canonicalNetwork(text: string): string | undefined {
  const network = parseIpv6Network(text);
  if (!network) return undefined;

  const address = maskIpv6(network.address, network.prefix);
  const mapped = network.prefix >= 96 && address >> 32n === 0xffffn;
  if (mapped) {
    const prefix = network.prefix - 96;
    return withPrefix(formatIpv4Address(Number(address & 0xffffffffn)), prefix, 32);
  }
  return withPrefix(ipv6Text(address), network.prefix, 128);
}

function withPrefix(address: string, prefix: number, bits: number): string {
  return prefix === bits ? address : `${address}/${prefix}`;
}

function ipv6Text(address: bigint): string {
  const groups = Array.from({ length: 8 }, (_, index) =>
    Number((address >> BigInt(112 - 16 * index)) & 0xffffn),
  );
  const run = longestZeroRun(groups);
  const hex = groups.map((group) => group.toString(16));
  if (run.length < 2) return hex.join(":");
  const head = hex.slice(0, run.start).join(":");
  const tail = hex.slice(run.start + run.length).join(":");
  return `${head}::${tail}`;
}

/** Finds the first of the longest runs of zero groups, the run RFC 5952 shortens. */
function longestZeroRun(groups: readonly number[]): { start: number; length: number } {
  let best = { start: 0, length: 0 };
  let start = -1;
  for (let index = 0; index <= groups.length; index += 1) {
    if (index < groups.length && groups[index] === 0) {
      if (start < 0) start = index;
      continue;
    }
    if (start >= 0 && index - start > best.length) best = { start, length: index - start };
    start = -1;
  }
  return best;
}

/**
 * Creates the locator of a case's `geo_ip` entries. Each IP address that
 * `geo_info_from_ip_address` looks up without finding a location is added
 * to `unmapped`, when given; text that is no address is not.
 */
export function caseGeoIpLocator(
  entries: Readonly<Record<string, GeoLocation>> | undefined,
  unmapped?: Set<string>,
): GeoIpLocator | undefined {
  const locate = createGeoIpLocator(entries ?? {});
  if (!unmapped) return entries ? locate : undefined;

  return (address) => {
    const location = locate(address);
    if (!location && parseIpv6Network(address)) unmapped.add(address);
    return location;
  };
}

/** Tells whether a compiled plan calls `geo_info_from_ip_address`. */
export function readsGeoLocations(plan: unknown): boolean {
  if (Array.isArray(plan)) return plan.some(readsGeoLocations);
  if (typeof plan !== "object" || plan === null) return false;
  const node = plan as { kind?: unknown; name?: unknown };
  if (node.kind === "call" && node.name === "geo_info_from_ip_address") return true;
  return Object.values(plan).some(readsGeoLocations);
}

/**
 * Warns once for a rule whose cases looked up addresses that no `geo_ip`
 * entry maps, since `geo_info_from_ip_address` then returns an empty bag
 * where Kusto would read its geolocation database.
 */
export function unmappedAddressWarning(
  addresses: ReadonlySet<string>,
  rule: { file: string; line: number },
): InputError {
  const sorted = [...addresses].sort();
  const listed = sorted.slice(0, LISTED_ADDRESSES).join(", ");
  const hidden = sorted.length - LISTED_ADDRESSES;
  const more = hidden > 0 ? ` and ${hidden} more` : "";
  const noun = sorted.length === 1 ? "address" : "addresses";
  return new InputError(
    `geo_info_from_ip_address looked up ${sorted.length} ${noun} that no geo_ip entry maps (${listed}${more}), so it returned an empty bag for them (no geolocation database is read)`,
    {
      file: rule.file,
      line: rule.line,
      hint: `map them under geo_ip: in the case, or in ${GEO_IP_FILE}, such as "${sorted[0]}": { country: Australia, state: New South Wales, city: Sydney, latitude: -33.8715, longitude: 151.2006 }`,
      kind: "warning",
    },
  );
}
