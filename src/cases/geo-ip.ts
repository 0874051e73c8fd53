import { InputError } from "../errors.js";
import type { GeoIpLocator, GeoLocation } from "../kql/api.js";
import { createGeoIpLocator, isGeoIpKey } from "../kql/geo-ip.js";
import { errorAt, type YamlPath, type YamlSource } from "./yaml-source.js";

/** The repository file that maps IP addresses to locations for every case. */
export const GEO_IP_FILE = "geo_ip.yaml";

/** The most unmapped addresses one warning lists. */
const LISTED_ADDRESSES = 5;

/**
 * Reads a `geo_ip:` map, whose values the case schema has checked: each
 * key is an IPv4 or IPv6 address or CIDR range, each value a location with
 * `country`, `state`, `city`, `latitude` and `longitude`, all optional.
 * Raises an error at a key that is not an address or a range.
 */
export function readGeoIp(
  spec: unknown,
  path: YamlPath,
  source: YamlSource,
): Record<string, GeoLocation> | undefined {
  if (typeof spec !== "object" || spec === null) return undefined;

  const entries: Record<string, GeoLocation> = {};
  for (const [key, location] of Object.entries(spec as Record<string, GeoLocation>)) {
    if (!isGeoIpKey(key)) {
      throw errorAt(source, [...path, key], `'${key}' is not an IP address or a CIDR range`, {
        hint: "key each location by an IPv4 or IPv6 address, or a range such as 198.51.100.0/24 or 2001:db8::/32",
        atKey: true,
      });
    }
    entries[key] = location;
  }
  return entries;
}

/**
 * Creates the locator of a case's `geo_ip` entries. Each address that
 * `geo_info_from_ip_address` looks up without finding a location is added
 * to `unmapped`, when given.
 */
export function caseGeoIpLocator(
  entries: Readonly<Record<string, GeoLocation>> | undefined,
  unmapped?: Set<string>,
): GeoIpLocator | undefined {
  const locate = createGeoIpLocator(entries ?? {});
  if (!unmapped) return entries ? locate : undefined;

  return (address) => {
    const location = locate(address);
    if (!location) unmapped.add(address);
    return location;
  };
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
