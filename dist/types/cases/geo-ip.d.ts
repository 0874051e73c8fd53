import { InputError } from "../errors.js";
import type { GeoIpLocator, GeoLocation } from "../kql/api.js";
import { type YamlPath, type YamlSource } from "./yaml-source.js";
/** The repository file that maps IP addresses to locations for every case. */
export declare const GEO_IP_FILE = "geo_ip.yaml";
/**
 * Reads a `geo_ip:` map, whose values the case schema has checked: each
 * key is an IPv4 or IPv6 address or CIDR range, each value a location with
 * `country`, `state`, `city`, `latitude` and `longitude`, all optional.
 * Raises an error at a key that is not an address or a range.
 */
export declare function readGeoIp(spec: unknown, path: YamlPath, source: YamlSource): Record<string, GeoLocation> | undefined;
/**
 * Creates the locator of a case's `geo_ip` entries. Each address that
 * `geo_info_from_ip_address` looks up without finding a location is added
 * to `unmapped`, when given.
 */
export declare function caseGeoIpLocator(entries: Readonly<Record<string, GeoLocation>> | undefined, unmapped?: Set<string>): GeoIpLocator | undefined;
/**
 * Warns once for a rule whose cases looked up addresses that no `geo_ip`
 * entry maps, since `geo_info_from_ip_address` then returns an empty bag
 * where Kusto would read its geolocation database.
 */
export declare function unmappedAddressWarning(addresses: ReadonlySet<string>, rule: {
    file: string;
    line: number;
}): InputError;
