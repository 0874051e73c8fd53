import { InputError } from "../errors.js";
import type { GeoIpLocator, GeoLocation } from "../kql/api.js";
import { type YamlPath, type YamlSource } from "./yaml-source.js";
/** The repository file that maps IP addresses to locations for every case. */
export declare const GEO_IP_FILE = "geo_ip.yaml";
/**
 * Reads a `geo_ip:` map, whose values the case schema has checked: each
 * key is an IPv4 or IPv6 address or CIDR range, each value a location with
 * `country`, `state`, `city`, `latitude` and `longitude`, all optional.
 * Keys are returned in canonical form (see `canonicalNetwork`), so that a
 * case's entry replaces the repository's entry for the same network however
 * either is written. Raises an error at a key that is not an address or a
 * range, and at the second of two keys that name the same network.
 */
export declare function readGeoIp(spec: unknown, path: YamlPath, source: YamlSource): Record<string, GeoLocation> | undefined;
/**
 * Returns the canonical text of an address or CIDR range: the address
 * masked to the prefix, IPv6 in the RFC 5952 form (lower case, the longest
 * run of zero groups shortened to `::`), and no prefix for a single
 * address. An IPv4-mapped IPv6 address or range is written as IPv4, since
 * the locator matches the two alike. Returns `undefined` for other text.
 */
export declare function canonicalNetwork(text: string): string | undefined;
/**
 * Creates the locator of a case's `geo_ip` entries. Each IP address that
 * `geo_info_from_ip_address` looks up without finding a location is added
 * to `unmapped`, when given; text that is no address is not.
 */
export declare function caseGeoIpLocator(entries: Readonly<Record<string, GeoLocation>> | undefined, unmapped?: Set<string>): GeoIpLocator | undefined;
/** Tells whether a compiled plan calls `geo_info_from_ip_address`. */
export declare function readsGeoLocations(plan: unknown): boolean;
/**
 * Warns once for a rule whose cases looked up addresses that no `geo_ip`
 * entry maps, since `geo_info_from_ip_address` then returns an empty bag
 * where Kusto would read its geolocation database.
 */
export declare function unmappedAddressWarning(addresses: ReadonlySet<string>, rule: {
    file: string;
    line: number;
}): InputError;
